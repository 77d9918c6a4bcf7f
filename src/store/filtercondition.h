#pragma once

#include "core/expected.h"
#include "store/articlefilter.h"

#include <QString>

#include <variant>
#include <vector>

namespace Lagebild {

namespace Sqlite {
class Statement;
}

/// A facet whose own condition is left out when counting it (so the alternatives stay visible).
enum class Facet { None, Outlets, Tags };

/// An ArticleFilter as a WHERE clause over `articles a`, with its values bound in order to plain
/// `?` parameters. Every read that follows the browser's filters (browser, facets, timelines,
/// networks) builds its condition here, so they agree on what "filtered" means.
struct FilterCondition
{
    QString sql = QStringLiteral("1");
    std::vector<std::variant<QString, qint64>> values;

    void add(const QString &clause) { sql += QLatin1String(" AND ") + clause; }
    /// "?,?,?" for the names, which are appended to the values.
    QString placeholders(const QStringList &names);
    [[nodiscard]] bool isEmpty() const { return values.empty() && sql == QLatin1String("1"); }
};

/// How "mentions entity X" is tested. Per article (`Probe`, an EXISTS into the (entity, article)
/// index) suits queries that walk articles; queries that walk mentions would probe once per
/// mention row and are faster with the article set built once (`Set`).
enum class EntityTest { Probe, Set };

Expected<FilterCondition> filterCondition(
    const ArticleFilter &filter, Facet ignored = Facet::None, EntityTest entityTest = EntityTest::Probe);
/// Binds the condition's values from parameter `first` on; returns the next free index.
int bindCondition(Sqlite::Statement &st, const FilterCondition &condition, int first = 1);

} // namespace Lagebild

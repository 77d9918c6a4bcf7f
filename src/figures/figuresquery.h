// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/article.h"
#include "core/expected.h"
#include "store/articlefilter.h"

#include <QDate>
#include <QString>

#include <memory>
#include <optional>
#include <vector>

namespace Lagebild {

namespace Sqlite {
class Database;
}
class SqlReader;

/// One reported figure: a QUANTITY with what its sentence is about.
struct ReportedFigure
{
    ArticleId article = 0;
    QString text; ///< as written: "rund 421.000"
    std::optional<double> value; ///< unset for ranges
    QString range; ///< "12-15"
    QString unit;
    bool approx = false;
    QString subject; ///< the entity the sentence is about (see FiguresQuery)
    QString subjectType;
    QString measure; ///< the noun the figure measures ("Chips", "Umsatz"), empty when unclear
    QStringList others; ///< the sentence's other entities
    QDate date; ///< a date in the sentence, else the publication date
    bool dateFromText = false;
    QString sentence;
    QString outlet;
    QString title;
    QString published;
    QString url;
    /// The article this one is a near-duplicate of, else the article itself: copies of one story
    /// count once.
    ArticleId story = 0;
};

/// Figures about the same thing: one subject, one measured noun, one unit (fractions count as
/// percentages; a count of a product is about the product, whatever noun counts it).
struct FigureGroup
{
    QString subject;
    QString subjectType;
    QString measure;
    QString unit;
    std::vector<ReportedFigure> figures; ///< oldest first
    int outlets = 0;
    /// Within two weeks, different outlets give values more than 10 % apart.
    bool disagreement = false;
    double minimum = 0; ///< comparable values (see comparableValue())
    double maximum = 0;
    /// Figures left out because a near-duplicate article already reported the same value.
    int nearDuplicates = 0;
};

/// The Figures view's data: every quantity under the browser's filters with the entities of its
/// sentence, grouped by what it is about. The subject is the sentence's most specific entity
/// (product, then company, organisation, agency, person, place): in "Nvidia darf 421.000 H200 nach
/// China liefern" the figure is about H200. Groups where outlets disagree are flagged. The same
/// statements run on both backends (SqlReader).
class FiguresQuery
{
public:
    explicit FiguresQuery(Sqlite::Database &db);
    /// Reads through `reader` (SQLite or PostgreSQL), which must outlive the query.
    explicit FiguresQuery(SqlReader &reader);
    ~FiguresQuery();
    FiguresQuery(const FiguresQuery &) = delete;
    FiguresQuery &operator=(const FiguresQuery &) = delete;

    Expected<std::vector<FigureGroup>> groups(const ArticleFilter &filter, int limit = 20000);

private:
    std::unique_ptr<SqlReader> m_owned; ///< the SQLite reader made for a Database
    SqlReader &m_sql;
};

/// The value to compare and plot: a fraction as a percentage ("zwei Drittel" → 66.7), since
/// fractions and percentages of one thing share a group; unset for ranges.
[[nodiscard]] std::optional<double> comparableValue(const ReportedFigure &figure);

/// "421.000", "12–15", "1,5 Mrd." in the current locale, with the unit.
[[nodiscard]] QString formatFigure(const ReportedFigure &figure);

} // namespace Lagebild

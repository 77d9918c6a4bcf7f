// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "pgcluster/throwawaycluster.h"

#include <QTest>

namespace Lagebild::Testing {

/// The tests' throwaway cluster; the class lives in lagebild::pgcluster, which
/// lagebild-bench-search --postgres links too.
using PgCluster = Postgres::ThrowawayCluster;

} // namespace Lagebild::Testing

/// Starts `cluster` in a Qt Test slot (initTestCase): the slot is skipped when the PostgreSQL
/// binaries are absent and fails when they are there but the cluster does not come up. A macro
/// because QSKIP and QFAIL return from the calling slot.
#define LAGEBILD_START_PG_CLUSTER(cluster)                                                                   \
    do {                                                                                                     \
        if (!(cluster).start()) {                                                                            \
            if (!(cluster).skipReason().isEmpty())                                                           \
                QSKIP(qPrintable((cluster).skipReason()));                                                   \
            QFAIL(qPrintable((cluster).error()));                                                            \
        }                                                                                                    \
    } while (false)

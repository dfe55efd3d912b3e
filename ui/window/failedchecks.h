#pragma once

// The failing checks of a configuration in a few words each, for the headline:
// "does not fit: 195.8 GiB over". The verdict bar gives the full numbers; the headline
// only has to stop an infeasible configuration from reading like a win.

#include <QCoreApplication>
#include <QString>

#include "model/evaluation.h"

namespace moe::ui {

class FailedChecks {
    Q_DECLARE_TR_FUNCTIONS(FailedChecks)

public:
    // "✗ " and each failing check in a few words; empty when the evaluation is invalid
    // or every check passes.
    static QString headline(const Evaluation& evaluation);

private:
    static QString words(const Check& check);
};

} // namespace moe::ui

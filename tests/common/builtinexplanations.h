#pragma once

// Every explanation core writes for a built-in profile: each built-in in each mode, for
// the summary and for GPU 0. The Explain dock's catalogues (formulas, values, sources)
// must cover all of them, so that a text changed in core fails a test instead of showing
// English on a translated screen.

#include <QTest>

#include <string>
#include <vector>

#include "model/explanation.h"
#include "profile/builtins.h"

namespace moe::test {

struct BuiltinExplanations {
    std::string where;  // "seed training", "seed training, GPU 0"
    bool summary = false;
    std::vector<Explanation> explanations;
};

inline std::vector<BuiltinExplanations> builtinExplanations()
{
    std::vector<BuiltinExplanations> all;
    for (const BuiltinProfile& builtin : builtinProfiles()) {
        const LoadResult loaded = loadBuiltin(builtin.id);
        if (!loaded.ok()) {
            QTest::qFail(qPrintable(QStringLiteral("built-in %1 does not load").arg(QString::fromUtf8(builtin.id.data(), static_cast<qsizetype>(builtin.id.size())))), __FILE__, __LINE__);
            return {};
        }
        for (const Mode mode : {Mode::Training, Mode::Prefill, Mode::Decode}) {
            Profile profile = *loaded.profile;
            profile.workload.mode = mode;
            const std::string where = std::string(builtin.id) + " " + toString(mode);
            all.push_back({where, true, explain(profile)});
            all.push_back({where + ", GPU 0", false, explainGpu(profile, profile.strategy, 0)});
        }
    }
    return all;
}

} // namespace moe::test

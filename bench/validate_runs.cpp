// Prints, for every measured run of ../shared/validation/measured-runs.md (sections A,
// B and C), what was measured, what the model predicts, the error and the source; with
// Calculon's published prediction beside the dense rows. docs/validation.md holds its
// output. Usage: validate_runs [directory with runs.json]; without one, the runs this
// build embeds (core/accuracy, from bench/validation).

#include <cmath>
#include <cstdio>
#include <exception>

#include "accuracy/validationruns.h"

int main(int argc, char** argv)
{
    const std::string directory = argc > 1 ? argv[1] : "";
    try {
        const auto runs = directory.empty() ? std::vector<moe::validation::Run>(moe::validation::shippedRuns().begin(), moe::validation::shippedRuns().end())
                                            : moe::validation::loadRuns(directory);
        std::printf("| run | metric | measured | predicted | error | Calculon | Calculon error | source |\n");
        std::printf("|---|---|---:|---:|---:|---:|---:|---|\n");
        double sumA = 0, worstA = 0, sumCalculon = 0, worstLayer = 0;
        int countA = 0;
        for (const auto& run : runs) {
            const auto result = directory.empty() ? moe::validation::predict(run) : moe::validation::predict(run, directory);
            if (!result.error.empty()) {
                std::printf("| %s | %s | %g | (%s) | | | | %s |\n", run.label.c_str(), run.metric.c_str(), run.measured,
                            result.error.c_str(), run.source.c_str());
                continue;
            }
            const double error = result.errorShare() * 100;
            std::string calculon = "", calculonError = "";
            if (run.calculon) {
                char buffer[64];
                std::snprintf(buffer, sizeof buffer, "%.2f", *run.calculon);
                calculon = buffer;
                const double e = (*run.calculon - run.measured) / run.measured * 100;
                std::snprintf(buffer, sizeof buffer, "%+.1f%%", e);
                calculonError = buffer;
                sumCalculon += std::fabs(e);
            }
            if (run.section == "A4") {
                worstLayer = std::fmax(worstLayer, std::fabs(error));
            }
            if (run.section == "A") {
                sumA += std::fabs(error);
                worstA = std::fmax(worstA, std::fabs(error));
                ++countA;
            }
            std::printf("| %s | %s | %.6g | %.6g | %+.1f%% | %s | %s | %s |\n", run.label.c_str(), run.metric.c_str(),
                        run.measured, result.predicted, error, calculon.c_str(), calculonError.c_str(),
                        run.source.c_str());
        }
        if (countA > 0) {
            std::printf("\nSection A (dense): mean absolute error %.2f%%, largest %.2f%% (Calculon: mean %.2f%%)\n",
                        sumA / countA, worstA, sumCalculon / countA);
            std::printf("Table 4 layers: largest error %.2f%%\n", worstLayer);
        }
    } catch (const std::exception& e) {
        std::fprintf(stderr, "validate_runs: %s\n", e.what());
        return 1;
    }
    return 0;
}

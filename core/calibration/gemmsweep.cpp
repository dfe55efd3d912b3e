// A GEMM sweep table (docs/calibration.md, "GEMM sweep"): one GEMM shape a row, with
// its measured rate or time, as the shape sweeps of MAMF-style benchmarks print.

#include "calibration/csvtable.h"
#include "calibration/measurements.h"

namespace moe {

std::vector<Measurement> parseGemmSweepCsv(const std::string& text, const std::string& file)
{
    const detail::CsvTable table = detail::readCsv(text, file);
    const char* const known[] = {"m", "n", "k", "groups", "dtype", "fp8_recipe", "tflops", "time_us", "label"};
    for (std::size_t i = 0; i < table.header.cells.size(); ++i) {
        bool ok = false;
        for (const char* name : known) {
            ok = ok || table.header.cells[i].text == name;
        }
        if (!ok) {
            table.fail(table.header, i,
                       "unknown column \"" + table.header.cells[i].text
                           + "\"; a GEMM sweep has m, n, k, groups, dtype, fp8_recipe, tflops or time_us, and label");
        }
    }
    for (const char* required : {"m", "n", "k", "dtype"}) {
        if (!table.column(required)) {
            table.fail(table.header, 0, std::string("no ") + required + " column; a GEMM sweep has m, n, k, dtype and "
                                                                      "tflops or time_us");
        }
    }
    const auto tflops = table.column("tflops");
    const auto timeUs = table.column("time_us");
    if (tflops.has_value() == timeUs.has_value()) {
        table.fail(table.header, 0, "give exactly one of the columns tflops and time_us");
    }
    if (table.rows.empty()) {
        throw MeasurementError{{file, table.header.line, 1, {}}, "no rows under the header"};
    }
    const auto label = table.column("label");
    const auto groups = table.column("groups");
    const auto recipe = table.column("fp8_recipe");
    std::vector<Measurement> out;
    for (const detail::CsvRow& row : table.rows) {
        Measurement m;
        m.place = FilePlace{file, row.line, 1, {}};
        m.quantity = Quantity::GemmTime;
        GemmSample& g = m.gemm;
        g.m = static_cast<double>(detail::positiveInteger(table, row, *table.column("m"), "m"));
        g.n = static_cast<double>(detail::positiveInteger(table, row, *table.column("n"), "n"));
        g.k = static_cast<double>(detail::positiveInteger(table, row, *table.column("k"), "k"));
        if (groups && !row.cells[*groups].text.empty()) {
            g.groups = static_cast<double>(detail::positiveInteger(table, row, *groups, "groups"));
        }
        const std::size_t dtypeCell = *table.column("dtype");
        const auto type = dataTypeFromString(row.cells[dtypeCell].text);
        if (!type) {
            table.fail(row, dtypeCell, "dtype: expected fp4, fp8, bf16, fp16, tf32 or fp32, got \""
                                           + row.cells[dtypeCell].text + "\"");
        }
        g.type = *type;
        if (recipe && !row.cells[*recipe].text.empty()) {
            const std::string& named = row.cells[*recipe].text;
            const auto fp8Recipe = fp8RecipeFromString(named);
            if (!fp8Recipe) {
                table.fail(row, *recipe, "fp8_recipe: expected delayed, tensorwise, blockwise or mxfp8, got \"" + named
                                             + "\"");
            }
            g.blockScaled = *fp8Recipe == Fp8Recipe::Blockwise;
        }
        if (tflops) {
            // TFLOP/s counts 2 M N K floating-point operations per GEMM (per group).
            const double rate = detail::positiveNumber(table, row, *tflops, "tflops");
            m.measured = 2 * g.m * g.n * g.k * g.groups / (rate * 1e12);
        } else {
            m.measured = detail::positiveNumber(table, row, *timeUs, "time_us") * 1e-6;
        }
        const std::string name = label && !row.cells[*label].text.empty()
            ? row.cells[*label].text
            : (g.groups > 1 ? std::to_string(static_cast<long long>(g.groups)) + " x " : std::string())
                + std::to_string(static_cast<long long>(g.m)) + "x" + std::to_string(static_cast<long long>(g.n)) + "x"
                + std::to_string(static_cast<long long>(g.k)) + " " + toString(g.type);
        m.label = m.place.toString() + " GEMM " + name;
        out.push_back(std::move(m));
    }
    return out;
}

} // namespace moe

#include "explain/explanationtexts.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <cstring>
#include <vector>

#include "widgets/localfigures.h"

namespace moe::ui {

namespace {

// The substituted formulas of model/explain.cpp, memorymodel.cpp, costmodel.cpp and
// layerkernels.cpp that have words in them, with their numbers as %1, %2, ...
// tst_explanationtexts fails when a built-in profile's explanation has one missing
// here, so that a changed text is seen and translated.
const char* const kValues[] = {
    QT_TRANSLATE_NOOP("FormulaValues", "%1 layers, %2 assignments per layer (group tokens %3 x k %4)"),
    QT_TRANSLATE_NOOP("FormulaValues", "%1 params x %2"),
    QT_TRANSLATE_NOOP("FormulaValues", "%1 tokens x %2 x %3"),
    QT_TRANSLATE_NOOP("FormulaValues", "%1 tokens x k x ETP x hidden x bytes + received assignments"),
    QT_TRANSLATE_NOOP("FormulaValues", "%1 x %2 s (stage %3)"),
    QT_TRANSLATE_NOOP("FormulaValues",
                      "%1 x %2 x (max(%3, %4) B; M = %5, peers in node = %6; NVLink %7 B/s, NIC %8 B/s; alpha %9 s)"),
    QT_TRANSLATE_NOOP("FormulaValues", "%1 x (%2 + %3) + ... (expert FFN %4)"),
    QT_TRANSLATE_NOOP("FormulaValues", "(%1 + %2 x %3) x (%4 + %5) with sharding off"),
    QT_TRANSLATE_NOOP("FormulaValues", "(%1 + %2 x %3) x (%4 + %5) with sharding on"),
    QT_TRANSLATE_NOOP("FormulaValues",
                      "%1 x (common forward %2 ms + backward %3 ms + recompute %4 ms; routed forward %5 ms + "
                      "backward %6 ms + recompute %7 ms)"),
    QT_TRANSLATE_NOOP("FormulaValues", "%1 x (common forward %2 ms; routed forward %3 ms)"),
    QT_TRANSLATE_NOOP("FormulaValues", "%1 x (forward %2 ms + backward %3 ms + recompute %4 ms)"),
    QT_TRANSLATE_NOOP("FormulaValues",
                      "%1 x (forward %2 ms + backward %3 ms + recompute %4 ms) + (%5 + %6) x head (forward %7 ms + "
                      "backward %8 ms + recompute %9 ms)"),
    QT_TRANSLATE_NOOP("FormulaValues", "%1 x (forward %2 ms)"),
    QT_TRANSLATE_NOOP("FormulaValues", "%1 x (forward %2 ms) + (%3 + %4) x head (forward %5 ms)"),
    QT_TRANSLATE_NOOP("FormulaValues", "DP %1 x %2 B, EDP %3 x %4 B at %5 B/s"),
    QT_TRANSLATE_NOOP("FormulaValues", "min(%1 x %2, %3); SM share %4 / %5"),
    QT_TRANSLATE_NOOP("FormulaValues",
                      "min(%1 x %2, %3); SM share %4 / %5; decode: %6 x stall(output %7, prepare %8, core %9, router "
                      "%10, shared %11, routed %12, dispatch %13, combine %14 ms)"),
    QT_TRANSLATE_NOOP("FormulaValues",
                      "min(%1 x %2, %3); SM share %4 / %5; prefill: %6 x stall(output %7, prepare %8, core %9, router "
                      "%10, shared %11, routed %12, dispatch %13, combine %14 ms)"),
    QT_TRANSLATE_NOOP("FormulaValues",
                      "sbh = %1, t = %2, a = %3, s = %4, dense layer %5 B, MoE home %6 B, %7 assignments x %8 B, in "
                      "flight %9"),
};

// Every source core names. Titles (papers, documents, kernels) stay as they are in
// a translation; the words around them are translated.
const char* const kSources[] = {
    QT_TRANSLATE_NOOP("FormulaSource", "Adam in mixed precision (Rajbhandari et al., ZeRO)"),
    QT_TRANSLATE_NOOP("FormulaSource", "DeepEP byte accounting"),
    QT_TRANSLATE_NOOP("FormulaSource", "DeepEP byte accounting; nccl-tests PERFORMANCE.md"),
    QT_TRANSLATE_NOOP("FormulaSource",
                      "DeepEP docs/legacy.md, 'Low-latency kernels with pure RDMA' (H800, CX7 400 Gb/s, 128 tokens, "
                      "hidden 7168, top-8)"),
    QT_TRANSLATE_NOOP("FormulaSource", "DeepSeek-V2 (arXiv 2405.04434), Table 1"),
    QT_TRANSLATE_NOOP("FormulaSource",
                      "DeepSeek-V3 report (arXiv 2412.19437), section 3.2.2: 20 of 132 SMs for communication"),
    QT_TRANSLATE_NOOP("FormulaSource",
                      "DeepSeek-V3 report (arXiv 2412.19437), section 3.2.2: 20 of 132 SMs for communication; SGLang "
                      "batch_overlap/operations_strategy.py (DeepSeek blog strategies); deepseek-ai/profile-data "
                      "README"),
    QT_TRANSLATE_NOOP("FormulaSource", "Korthikanti et al. 2022, Appendix A"),
    QT_TRANSLATE_NOOP("FormulaSource", "Korthikanti et al. 2022, Appendix A: 72 B s l h^2 (1 + s/(6h) + V/(12 l h))"),
    QT_TRANSLATE_NOOP("FormulaSource", "Korthikanti et al. 2022, Table 2"),
    QT_TRANSLATE_NOOP("FormulaSource", "Korthikanti et al. 2022, Table 2 (full recomputation)"),
    QT_TRANSLATE_NOOP("FormulaSource", "Narayanan et al. 2021"),
    QT_TRANSLATE_NOOP("FormulaSource", "Narayanan et al. 2021, scatter/gather optimisation"),
    QT_TRANSLATE_NOOP("FormulaSource", "Narayanan et al. 2021; Mixtral and DeepSeek-V3 architectures"),
    QT_TRANSLATE_NOOP("FormulaSource",
                      "kernel-level model: Megatron-Core's kernels per layer, timed by the system's efficiency model "
                      "(docs/model.md, docs/systems.md)"),
    QT_TRANSLATE_NOOP("FormulaSource", "nccl-tests PERFORMANCE.md (ring all-reduce)"),
    QT_TRANSLATE_NOOP("FormulaSource", "roofline: max(FLOPs / (peak x efficiency), bytes / (HBM x efficiency))"),
};

// A number as num() in model/explanation.h writes it ("8192", "0.0101463",
// "6.71089e+07"), not a digit inside a name ("a2a", "FP8", "H800").
const QRegularExpression& numberPattern()
{
    static const QRegularExpression pattern(QStringLiteral("(?<![A-Za-z_\\d.])\\d+(?:\\.\\d+)?(?:e[-+]\\d+)?"));
    return pattern;
}

const char* find(const char* const* first, const char* const* last, const std::string& text)
{
    for (const char* const* entry = first; entry != last; ++entry) {
        if (text == *entry) {
            return *entry;
        }
    }
    return nullptr;
}

// Replaces %1 ... %99 in one pass, so that a number's own text is never read as a
// placeholder; any other '%' is kept.
QString substitute(const QString& pattern, const QStringList& args)
{
    QString out;
    for (qsizetype i = 0; i < pattern.size(); ++i) {
        if (pattern[i] == QLatin1Char('%') && i + 1 < pattern.size() && pattern[i + 1].isDigit()) {
            qsizetype end = i + 1;
            int index = 0;
            while (end < pattern.size() && pattern[end].isDigit() && end < i + 3) {
                index = index * 10 + pattern[end].digitValue();
                ++end;
            }
            if (index >= 1 && index <= args.size()) {
                out += args[index - 1];
                i = end - 1;
                continue;
            }
        }
        out += pattern[i];
    }
    return out;
}

} // namespace

std::string valuesTemplate(const std::string& english)
{
    const QString text = QString::fromStdString(english);
    QString out;
    qsizetype from = 0;
    int index = 0;
    QRegularExpressionMatchIterator it = numberPattern().globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        out += text.mid(from, match.capturedStart() - from);
        out += QLatin1Char('%') + QString::number(++index);
        from = match.capturedEnd();
    }
    out += text.mid(from);
    return out.toStdString();
}

bool valuesNeedWords(const std::string& templateText)
{
    // Symbols of the formulas, units and the parallelisms' names read the same in
    // every language the window has.
    static const QStringList symbols{QStringLiteral("max"), QStringLiteral("min"), QStringLiteral("ms"),
                                     QStringLiteral("alpha"), QStringLiteral("top"), QStringLiteral("sbh")};
    static const QRegularExpression word(QStringLiteral("\\b[a-z]{2,}\\b"));
    QRegularExpressionMatchIterator it = word.globalMatch(QString::fromStdString(templateText));
    while (it.hasNext()) {
        if (!symbols.contains(it.next().captured())) {
            return true;
        }
    }
    return false;
}

bool isCataloguedValues(const std::string& templateText)
{
    return find(std::begin(kValues), std::end(kValues), templateText) != nullptr;
}

bool isCataloguedSource(const std::string& english)
{
    return find(std::begin(kSources), std::end(kSources), english) != nullptr;
}

QString valuesText(const std::string& english)
{
    const QString text = QString::fromStdString(english);
    QStringList numbers;
    QRegularExpressionMatchIterator it = numberPattern().globalMatch(text);
    while (it.hasNext()) {
        numbers << localFigure(it.next().captured().toStdString());
    }
    const std::string pattern = valuesTemplate(english);
    const char* catalogued = find(std::begin(kValues), std::end(kValues), pattern);
    const QString translated = catalogued ? QCoreApplication::translate("FormulaValues", catalogued)
                                          : QString::fromStdString(pattern);
    return substitute(translated, numbers);
}

QString sourceText(const std::string& english)
{
    const char* catalogued = find(std::begin(kSources), std::end(kSources), english);
    return catalogued ? QCoreApplication::translate("FormulaSource", catalogued) : QString::fromStdString(english);
}

} // namespace moe::ui

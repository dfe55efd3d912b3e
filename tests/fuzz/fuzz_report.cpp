// libFuzzer target for the design-review report's text (core/report: buildReport, its
// Markdown and HTML; the PDF is Qt's and not here), on every input that loads as a
// profile of at most 4096 GPUs (the report lists every GPU), over a small space
// (fuzzsupport.h: searchable() lowers constraints.max_gpus until the space is at most
// 300 configurations; the scaling study runs only when the doubled space is small
// too). The objective and the number of alternatives come from the input's size. What
// must hold:
// - the report has its title as its first heading and the sections every report has;
// - its search figures are the search's: the configurations evaluated and feasible,
//   and the rank of the profile's own strategy;
// - the Markdown and the HTML are written, print no "nan" or "inf", reference every
//   figure, and keep their structure whatever the profile's strings hold: each block
//   of the Markdown keeps its lines (checkMarkdownBlock), and the HTML never holds a
//   profile string with < or > unescaped and balances its elements.

#include <algorithm>
#include <cstdint>
#include <string>
#include <variant>

#include "fuzzsupport.h"
#include "profile/profileio.h"
#include "report/report.h"
#include "search/search.h"
#include "base/units.h"

namespace {

using moe::fuzz::broken;

template <class... Ts>
struct Overloaded : Ts... {
    using Ts::operator()...;
};
template <class... Ts>
Overloaded(Ts...) -> Overloaded<Ts...>;

bool contains(const std::string& text, const std::string& part)
{
    return text.find(part) != std::string::npos;
}

// Pipes that separate cells: those not escaped, that is not after an odd number of
// backslashes ("\\|" is an escaped backslash and a separator, as GitHub reads it).
std::size_t columnPipes(const std::string& line)
{
    std::size_t pipes = 0;
    std::size_t backslashes = 0;
    for (const char c : line) {
        pipes += c == '|' && backslashes % 2 == 0;
        backslashes = c == '\\' ? backslashes + 1 : 0;
    }
    return pipes;
}

std::size_t lines(const std::string& text)
{
    return static_cast<std::size_t>(std::count(text.begin(), text.end(), '\n'));
}

// The Markdown's structure follows the report's blocks, whatever their text holds (a
// profile name with a line break, a GPU name with a pipe): written alone, a heading,
// a paragraph and a figure are one line, a list one line per item, and a table its
// header, the rule and one line per row, each starting and ending with a pipe and with
// one pipe more than cells; each block is followed by a blank line.
void checkMarkdownBlock(const moe::ReportBlock& block, const std::string& input)
{
    const std::string markdown = moe::reportToMarkdown(moe::Report{"", {block}}, [](const std::string& chart) { return chart + ".png"; });
    std::size_t expected = 2;
    if (const auto* l = std::get_if<moe::ReportList>(&block)) {
        expected = l->items.size() + 1;
    } else if (const auto* t = std::get_if<moe::ReportTable>(&block)) {
        expected = t->rows.size() + 3;
        std::size_t start = 0;
        for (std::size_t row = 0; row + 1 < expected; ++row) {
            const std::size_t end = markdown.find('\n', start);
            const std::string line = markdown.substr(start, end - start);
            if (!line.starts_with("|") || !line.ends_with("|") || columnPipes(line) != t->header.size() + 1) {
                broken("a Markdown table line does not have its table's columns", line + "\n" + input);
            }
            start = end + 1;
        }
    } else if (const auto* f = std::get_if<moe::ReportFigure>(&block)) {
        if (!contains(markdown, "](" + f->chart + ".png)")) {
            broken("the Markdown leaves out a figure", f->chart + "\n" + input);
        }
    }
    if (lines(markdown) != expected || !markdown.ends_with("\n\n")) {
        broken("a report block's Markdown breaks across lines", markdown + "\n" + input);
    }
}

void checkMarkdown(const moe::Report& report, const std::string& input)
{
    for (const moe::ReportBlock& block : report.blocks) {
        if (const auto* t = std::get_if<moe::ReportTable>(&block)) {
            for (const auto& row : t->rows) {
                if (row.size() != t->header.size()) {
                    broken("a report table's row has another number of cells than its header", input);
                }
            }
        }
        checkMarkdownBlock(block, input);
    }
}

void checkHtml(const moe::Profile& profile, const std::string& html, const std::string& input)
{
    for (const std::string* own : {&profile.name, &profile.cluster.gpu.name}) {
        // "&" escapes to "&amp;", which holds "&" again: only < and > tell.
        if (own->find_first_of("<>") != std::string::npos && contains(html, *own)) {
            broken("the HTML holds a profile string unescaped", *own + "\n" + input);
        }
    }
    for (const char* tag : {"table", "tr", "p", "ul", "li", "h1", "h2", "figure"}) {
        const std::string open = "<" + std::string(tag) + (std::string(tag) == "table" ? "" : ">");
        const std::string close = "</" + std::string(tag) + ">";
        std::size_t opened = 0;
        std::size_t closed = 0;
        for (std::size_t at = html.find(open); at != std::string::npos; at = html.find(open, at + 1)) {
            ++opened;
        }
        for (std::size_t at = html.find(close); at != std::string::npos; at = html.find(close, at + 1)) {
            ++closed;
        }
        if (opened != closed) {
            broken("the HTML's elements do not balance", tag + std::string("\n") + input);
        }
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const auto parsed = moe::fuzz::parseInput(data, size);
    if (!parsed || parsed->cluster.gpuCount > moe::fuzz::kMaxPerGpuDetail) {
        return 0;
    }
    const auto loaded = moe::fuzz::searchable(*parsed);
    if (!loaded) {
        return 0;
    }
    const moe::Profile& profile = *loaded;
    const std::string input = moe::serializeProfile(profile);

    moe::ReportInputs inputs;
    inputs.objective = static_cast<moe::Objective>(size % moe::kObjectives);
    inputs.alternatives = size % 7;
    moe::Profile doubled = profile;
    doubled.cluster.gpuCount *= 2;
    if (doubled.constraints.maxGpus) {
        doubled.constraints.maxGpus = *doubled.constraints.maxGpus * 2;
    }
    inputs.scalingStudy = moe::fuzz::smallSearch(doubled);
    const moe::Report report = moe::buildReport(profile, inputs);

    if (report.blocks.empty() || !std::holds_alternative<moe::ReportHeading>(report.blocks.front())
        || std::get<moe::ReportHeading>(report.blocks.front()).text != report.title
        || !report.title.starts_with("Parallel strategy review: ")) {
        broken("the report does not start with its title", report.title + "\n" + input);
    }
    const std::string markdown = moe::reportToMarkdown(report, [](const std::string& chart) { return chart + ".png"; });
    for (const char* section : {"## Summary", "## Hardware", "## Model and workload", "## The chosen strategy and why",
                                "## Comparison with the baseline", "## Alternatives the search ranked", "## Risks",
                                "## Next scaling steps"}) {
        if (!contains(markdown, section)) {
            broken("the report leaves out a section", section + std::string("\n") + input);
        }
    }
    if (moe::fuzz::printsNonFinite(markdown, profile, {report.title})) {
        broken("the report prints nan or inf", markdown + "\n" + input);
    }
    checkMarkdown(report, input);

    // The report's search is the search of the profile, keeping what the report shows.
    moe::SearchBounds bounds;
    bounds.keepTop = std::max<std::size_t>(1, inputs.alternatives);
    bounds.reference = moe::ownCandidate(profile);
    const moe::SearchResult result = moe::search(profile, inputs.objective, nullptr, bounds);
    const std::string evaluated = "Evaluated " + moe::formatGrouped(static_cast<double>(result.evaluated))
        + " configurations: " + moe::formatGrouped(static_cast<double>(result.feasible)) + " feasible";
    if (!result.ranked.empty() && !contains(markdown, evaluated)) {
        broken("the report's search figures are not the search's", evaluated + "\n" + input);
    }
    if (result.referenceRank && !contains(markdown, "it ranks " + moe::formatGrouped(static_cast<double>(*result.referenceRank)) + " of "
                                                        + moe::formatGrouped(static_cast<double>(result.feasible)))) {
        broken("the report ranks the profile's strategy otherwise than the search",
               std::to_string(*result.referenceRank) + "\n" + input);
    }

    moe::HtmlOptions options;
    options.breakLongWords = size % 2 == 1;
    const std::string html = moe::reportToHtml(report, [](const std::string& chart) { return chart + ".png"; }, options);
    if (!html.starts_with("<!DOCTYPE html>") || !html.ends_with("</body></html>\n")) {
        broken("the HTML is not a whole page", input);
    }
    if (moe::fuzz::printsNonFinite(html, profile, {report.title})) {
        broken("the HTML prints nan or inf", input);
    }
    checkHtml(profile, html, input);
    return 0;
}

#pragma once

// The design-review report: the structure of the source analysis (summary, hardware,
// model, the chosen strategy and why, latency and memory, load balance, constraint
// checks, the comparison with the baseline, the alternatives the search ranked,
// risks and next scaling steps), with every number computed. Built as a format-free
// document; writers turn it into Markdown and HTML here, and PDF in ui/.

#include <functional>
#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "base/phrase.h"
#include "model/evaluation.h"
#include "profile/profile.h"
#include "search/search.h"

namespace moe {

struct ReportHeading {
    int level = 1;
    std::string text;
};
struct ReportParagraph {
    std::string text;
};
struct ReportList {
    std::vector<std::string> items;
};
struct ReportTable {
    std::vector<std::string> header;
    std::vector<std::vector<std::string>> rows;
};
// A chart drawn by the writer: "latency", "memory" or "grid".
struct ReportFigure {
    std::string chart;
    std::string caption;
};
using ReportBlock = std::variant<ReportHeading, ReportParagraph, ReportList, ReportTable, ReportFigure>;

struct Report {
    std::string title;
    std::vector<ReportBlock> blocks;
};

struct ReportInputs {
    Objective objective = Objective::Throughput;
    std::size_t alternatives = 5;  // top search results listed
    bool scalingStudy = true;      // search a cluster twice the size for the next step
    // Runs a full search keeping what the bounds say; search() on this thread when
    // empty. Callers with threads pass one that uses them (core starts none). A space
    // over kMaxSearchConfigurations, or a cluster over the GPU cap, is not searched.
    std::function<SearchResult(const Profile&, Objective, const SearchBounds&)> search;
    // Writes each of the report's sentences (phrases in the context "Report", with
    // names in "ReportName") and figures for its reader. Empty: English with
    // locale-free figures, as the CLI prints it; the window passes its translation
    // and locale (ui/widgets/phrasetext.h), so core needs no Qt.
    std::function<std::string(const Phrase&)> phraseText;
};

// Evaluates the profile's strategy, its baseline (if any) and a full search.
Report buildReport(const Profile& profile, const ReportInputs& inputs = {});

// Why `candidate` ranks below `best` in a search of `profile` under `objective`, in a
// few words: the objective's gap, the GPUs each uses (with the gap per GPU), and the
// step-time component that grew most ("-75.6% throughput; on 32 GPUs against 128
// (-2.5% per GPU); mostly expert compute (+132 ms)").
std::string whyRanksBelow(const Profile& profile, const Candidate& candidate, const Candidate& best, Objective objective);
// The same as phrases (context "Ranking"), which the window translates.
std::vector<Phrase> whyRanksBelowPhrases(const Profile& profile, const Candidate& candidate, const Candidate& best,
                                         Objective objective);

// `figureFile(chart)` gives the image path (Markdown) or source (HTML) of a figure.
std::string reportToMarkdown(const Report& report, const std::function<std::string(const std::string&)>& figureFile);
struct HtmlOptions {
    // Display size of a chart's image in pixels; nothing leaves the image's own size.
    std::function<std::pair<int, int>(const std::string& chart)> imageSize;
    bool figureElements = true;  // <figure>; off for QTextDocument, which ignores it
    // Zero-width spaces inside words over 64 characters, for QTextDocument (PDF), whose
    // layout of one unbroken word is quadratic in its length.
    bool breakLongWords = false;
    // More style rules, after the page's own (the PDF sets its tables' font size).
    std::string extraCss;
};
std::string reportToHtml(const Report& report, const std::function<std::string(const std::string&)>& figureSource,
                         const HtmlOptions& options = {});

} // namespace moe

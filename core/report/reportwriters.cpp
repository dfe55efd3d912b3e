// The report as Markdown and as self-contained HTML.

#include <cctype>
#include <sstream>

#include "report/report.h"

namespace moe {

namespace {

template <class... Ts>
struct Overloaded : Ts... {
    using Ts::operator()...;
};
template <class... Ts>
Overloaded(Ts...) -> Overloaded<Ts...>;

// One line of Markdown: a line break in the text (a profile or GPU name may hold one)
// would end a heading or a list item there and start a block of its own.
std::string markdownLine(const std::string& text)
{
    std::string out = text;
    for (char& c : out) {
        c = c == '\n' || c == '\r' ? ' ' : c;
    }
    return out;
}

// A table cell: one line, with its pipes and backslashes escaped ("\\|" would be an
// escaped backslash and a cell's end; GitHub Flavored Markdown, "Tables").
std::string markdownCell(const std::string& text)
{
    std::string out;
    for (char c : markdownLine(text)) {
        out += c == '|' ? std::string("\\|") : c == '\\' ? std::string("\\\\") : std::string(1, c);
    }
    return out;
}

// Puts a zero-width space (U+200B, a line-break opportunity in UAX #14) after every
// kWordPiece characters of a word longer than kLongWord; shorter words are unchanged.
std::string breakLongWords(const std::string& text)
{
    constexpr std::size_t kLongWord = 64;
    constexpr std::size_t kWordPiece = 32;
    std::string out;
    out.reserve(text.size());
    std::size_t start = 0;
    while (start < text.size()) {
        std::size_t end = start;
        std::size_t characters = 0;
        while (end < text.size() && text[end] != ' ' && text[end] != '\n') {
            characters += (static_cast<unsigned char>(text[end]) & 0xC0) != 0x80;  // UTF-8 lead bytes
            ++end;
        }
        if (characters <= kLongWord) {
            out.append(text, start, end - start);
        } else {
            std::size_t count = 0;
            for (std::size_t i = start; i < end; ++i) {
                const bool lead = (static_cast<unsigned char>(text[i]) & 0xC0) != 0x80;
                if (lead && count > 0 && count % kWordPiece == 0) {
                    out += "\xE2\x80\x8B";
                }
                count += lead;
                out += text[i];
            }
        }
        if (end < text.size()) {
            out += text[end];
            ++end;
        }
        start = end;
    }
    return out;
}

// "TP1", "EP32", "ETP1,": one part of a strategy's name.
bool strategyPart(const std::string& word)
{
    std::size_t letters = 0;
    while (letters < word.size() && std::isupper(static_cast<unsigned char>(word[letters]))) {
        ++letters;
    }
    const std::string prefix = word.substr(0, letters);
    if (prefix != "TP" && prefix != "PP" && prefix != "DP" && prefix != "EP" && prefix != "ETP") {
        return false;
    }
    std::size_t digits = letters;
    while (digits < word.size() && std::isdigit(static_cast<unsigned char>(word[digits]))) {
        ++digits;
    }
    return digits > letters && (digits == word.size() || (digits + 1 == word.size() && word.back() == ','));
}

// Joins the parts of a strategy's name ("TP1 PP1 DP32 EP32 ETP1") with no-break spaces
// (U+00A0), so a narrow table column breaks after the name, not inside it: the PDF's
// strategy column wrapped to seven lines of one part each.
std::string keepStrategiesWhole(const std::string& text)
{
    std::string out;
    std::size_t start = 0;
    std::string previous;
    while (start <= text.size()) {
        std::size_t end = text.find(' ', start);
        if (end == std::string::npos) {
            end = text.size();
        }
        const std::string word = text.substr(start, end - start);
        if (start > 0) {
            const bool join = strategyPart(previous) && previous.back() != ',' && strategyPart(word);
            out += join ? "\xC2\xA0" : " ";
        }
        out += word;
        previous = word;
        start = end + 1;
    }
    return out;
}

std::string escapeHtml(const std::string& text);

// A table cell. One that starts with a strategy ("TP1 PP1 DP32 EP32 ETP1, 1
// micro-batch, recompute none") puts each comma's part on a line of its own and does
// not wrap: its column is as wide as the longest part, and no part is broken inside.
template <typename Escape>
std::string tableCellHtml(const std::string& cell, const Escape& esc)
{
    const std::string first = cell.substr(0, cell.find(' '));
    if (!strategyPart(first)) {
        return "<td>" + esc(keepStrategiesWhole(cell)) + "</td>";
    }
    std::string out = "<td style=\"white-space:nowrap\">";
    std::size_t start = 0;
    while (true) {
        const std::size_t comma = cell.find(", ", start);
        out += esc(cell.substr(start, comma == std::string::npos ? std::string::npos : comma - start + 1));
        if (comma == std::string::npos) {
            break;
        }
        out += "<br>";
        start = comma + 2;
    }
    return out + "</td>";
}

std::string escapeHtml(const std::string& text)
{
    std::string out;
    for (char c : text) {
        switch (c) {
        case '&':
            out += "&amp;";
            break;
        case '<':
            out += "&lt;";
            break;
        case '>':
            out += "&gt;";
            break;
        case '"':
            out += "&quot;";
            break;
        default:
            out += c;
        }
    }
    return out;
}

} // namespace

std::string reportToMarkdown(const Report& report, const std::function<std::string(const std::string&)>& figureFile)
{
    std::ostringstream out;
    for (const ReportBlock& block : report.blocks) {
        std::visit(Overloaded{
                       [&](const ReportHeading& h) {
                           out << std::string(static_cast<std::size_t>(h.level), '#') << ' ' << markdownLine(h.text) << "\n\n";
                       },
                       [&](const ReportParagraph& p) { out << markdownLine(p.text) << "\n\n"; },
                       [&](const ReportList& l) {
                           for (const auto& item : l.items) {
                               out << "- " << markdownLine(item) << '\n';
                           }
                           out << '\n';
                       },
                       [&](const ReportTable& t) {
                           out << '|';
                           for (const auto& h : t.header) {
                               out << ' ' << markdownCell(h) << " |";
                           }
                           out << "\n|";
                           for (std::size_t i = 0; i < t.header.size(); ++i) {
                               out << " --- |";
                           }
                           out << '\n';
                           for (const auto& row : t.rows) {
                               out << '|';
                               for (const auto& cell : row) {
                                   out << ' ' << markdownCell(cell) << " |";
                               }
                               out << '\n';
                           }
                           out << '\n';
                       },
                       [&](const ReportFigure& f) { out << "![" << markdownLine(f.caption) << "](" << figureFile(f.chart) << ")\n\n"; },
                   },
                   block);
    }
    return out.str();
}

std::string reportToHtml(const Report& report, const std::function<std::string(const std::string&)>& figureSource,
                         const HtmlOptions& options)
{
    // QTextDocument lays out an unbroken word in time quadratic in its length (a
    // 10^6-character profile name took 155 s, issue 11): give it break opportunities.
    auto esc = [&](const std::string& text) { return escapeHtml(options.breakLongWords ? breakLongWords(text) : text); };
    std::ostringstream out;
    out << "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>" << esc(report.title) << "</title>\n"
        << "<style>body{font-family:sans-serif;max-width:60em;margin:2em auto;line-height:1.4}"
           "table{border-collapse:collapse;margin:0.5em 0}td,th{border:1px solid #999;padding:0.2em 0.6em;"
           "text-align:left}th{background:#eee}img{max-width:100%}figcaption{font-style:italic}"
        << options.extraCss << "</style>\n"
        << "</head><body>\n";
    for (const ReportBlock& block : report.blocks) {
        std::visit(Overloaded{
                       [&](const ReportHeading& h) {
                           out << "<h" << h.level << '>' << esc(h.text) << "</h" << h.level << ">\n";
                       },
                       [&](const ReportParagraph& p) { out << "<p>" << esc(p.text) << "</p>\n"; },
                       [&](const ReportList& l) {
                           out << "<ul>\n";
                           for (const auto& item : l.items) {
                               out << "<li>" << esc(item) << "</li>\n";
                           }
                           out << "</ul>\n";
                       },
                       [&](const ReportTable& t) {
                           // A <thead> repeats on every page a table spans in the PDF.
                           // A wide table takes the page's width: left to its content,
                           // QTextDocument squeezed its last column to a word a line.
                           out << (t.header.size() >= 5 ? "<table width=\"100%\">" : "<table>") << "\n<thead><tr>";
                           for (const auto& h : t.header) {
                               out << "<th>" << esc(h) << "</th>";
                           }
                           out << "</tr></thead>\n";
                           for (const auto& row : t.rows) {
                               out << "<tr>";
                               for (const auto& cell : row) {
                                   out << tableCellHtml(cell, esc);
                               }
                               out << "</tr>\n";
                           }
                           out << "</table>\n";
                       },
                       [&](const ReportFigure& f) {
                           std::string width;
                           if (options.imageSize) {
                               const auto [w, h] = options.imageSize(f.chart);
                               width = " width=\"" + std::to_string(w) + "\" height=\"" + std::to_string(h) + "\"";
                           }
                           const std::string image = "<img src=\"" + escapeHtml(figureSource(f.chart)) + "\" alt=\""
                               + esc(f.caption) + "\"" + width + ">";
                           if (options.figureElements) {
                               out << "<figure>" << image << "<figcaption>" << esc(f.caption) << "</figcaption></figure>\n";
                           } else {
                               // The body's line-height would otherwise stretch the image's
                               // line: a 370 px chart left 150 px of white under it.
                               out << "<p><i>" << esc(f.caption) << "</i></p>\n<p style=\"line-height:100%\">" << image
                                   << "</p>\n";
                           }
                       },
                   },
                   block);
    }
    out << "</body></html>\n";
    return out.str();
}

} // namespace moe

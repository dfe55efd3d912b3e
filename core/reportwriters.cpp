// The report as Markdown and as self-contained HTML.

#include <sstream>

#include "report.h"

namespace moe {

namespace {

template <class... Ts>
struct Overloaded : Ts... {
    using Ts::operator()...;
};
template <class... Ts>
Overloaded(Ts...) -> Overloaded<Ts...>;

std::string markdownCell(std::string text)
{
    std::string out;
    for (char c : text) {
        out += c == '|' ? std::string("\\|") : std::string(1, c);
    }
    return out;
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
                       [&](const ReportHeading& h) { out << std::string(static_cast<std::size_t>(h.level), '#') << ' ' << h.text << "\n\n"; },
                       [&](const ReportParagraph& p) { out << p.text << "\n\n"; },
                       [&](const ReportList& l) {
                           for (const auto& item : l.items) {
                               out << "- " << item << '\n';
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
                       [&](const ReportFigure& f) { out << "![" << f.caption << "](" << figureFile(f.chart) << ")\n\n"; },
                   },
                   block);
    }
    return out.str();
}

std::string reportToHtml(const Report& report, const std::function<std::string(const std::string&)>& figureSource,
                         const HtmlOptions& options)
{
    std::ostringstream out;
    out << "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>" << escapeHtml(report.title) << "</title>\n"
        << "<style>body{font-family:sans-serif;max-width:60em;margin:2em auto;line-height:1.4}"
           "table{border-collapse:collapse;margin:0.5em 0}td,th{border:1px solid #999;padding:0.2em 0.6em;"
           "text-align:left}th{background:#eee}img{max-width:100%}figcaption{font-style:italic}</style>\n"
        << "</head><body>\n";
    for (const ReportBlock& block : report.blocks) {
        std::visit(Overloaded{
                       [&](const ReportHeading& h) {
                           out << "<h" << h.level << '>' << escapeHtml(h.text) << "</h" << h.level << ">\n";
                       },
                       [&](const ReportParagraph& p) { out << "<p>" << escapeHtml(p.text) << "</p>\n"; },
                       [&](const ReportList& l) {
                           out << "<ul>\n";
                           for (const auto& item : l.items) {
                               out << "<li>" << escapeHtml(item) << "</li>\n";
                           }
                           out << "</ul>\n";
                       },
                       [&](const ReportTable& t) {
                           // A <thead> repeats on every page a table spans in the PDF.
                           out << "<table>\n<thead><tr>";
                           for (const auto& h : t.header) {
                               out << "<th>" << escapeHtml(h) << "</th>";
                           }
                           out << "</tr></thead>\n";
                           for (const auto& row : t.rows) {
                               out << "<tr>";
                               for (const auto& cell : row) {
                                   out << "<td>" << escapeHtml(cell) << "</td>";
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
                               + escapeHtml(f.caption) + "\"" + width + ">";
                           if (options.figureElements) {
                               out << "<figure>" << image << "<figcaption>" << escapeHtml(f.caption) << "</figcaption></figure>\n";
                           } else {
                               // The body's line-height would otherwise stretch the image's
                               // line: a 370 px chart left 150 px of white under it.
                               out << "<p><i>" << escapeHtml(f.caption) << "</i></p>\n<p style=\"line-height:100%\">" << image
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

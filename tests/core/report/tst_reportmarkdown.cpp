// The Markdown report keeps its structure whatever the profile's strings hold. Found by
// the fuzzer (fuzz_report, issue 11): a profile named "Line\n# break" wrote a second
// level-1 heading "# break", a GPU name with a line break cut the hardware table's row
// in two, and "\|" in a name ended a cell (GitHub reads "\\|" as an escaped backslash
// and a cell's end); a profile with nothing feasible wrote an empty list under "Next
// scaling steps". The profiles are the corpus's regression files.

#include <QTest>

#include <variant>

#include "profile/profileio.h"
#include "report/report.h"

using namespace moe;

namespace {

Profile corpusProfile(const char* name)
{
    const LoadResult loaded = loadProfileFile(std::string(MOE_CORPUS_DIR) + "/good/" + name);
    if (!loaded.ok()) {
        qFatal("%s: %s", name, loaded.error.toString().c_str());
    }
    return *loaded.profile;
}

std::vector<std::string> linesOf(const std::string& text)
{
    std::vector<std::string> lines;
    std::size_t start = 0;
    while (start < text.size()) {
        const std::size_t end = std::min(text.find('\n', start), text.size());
        lines.push_back(text.substr(start, end - start));
        start = end + 1;
    }
    return lines;
}

std::string markdownOf(const Report& report)
{
    return reportToMarkdown(report, [](const std::string& chart) { return chart + ".png"; });
}

} // namespace

class TestReportMarkdown : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void lineBreaksAndPipesInNames_stayInTheirLine()
    {
        const Profile profile = corpusProfile("11-line-breaks-pipes-backslashes-in-names.moeprofile.json");
        QCOMPARE(profile.name, std::string("Line\n# break"));
        QCOMPARE(profile.cluster.gpu.name, std::string("H100 | SXM\\|x\r\nlot"));
        ReportInputs inputs;
        inputs.scalingStudy = false;
        const std::vector<std::string> lines = linesOf(markdownOf(buildReport(profile, inputs)));
        std::vector<std::string> titles;
        for (const auto& line : lines) {
            if (line.starts_with("# ")) {
                titles.push_back(line);
            }
        }
        // One title, its line break written as a space.
        QCOMPARE(titles.size(), std::size_t(1));
        QCOMPARE(titles.front(), std::string("# Parallel strategy review: Line # break"));
        // The GPU's row, by hand: "H100 " | " SXM" \ | "x" CR LF "lot" becomes
        // "H100 \| SXM\\\|x  lot": each pipe and backslash escaped, CR and LF a space each.
        const std::string row = "| GPU | H100 \\| SXM\\\\\\|x  lot |";
        QVERIFY2(std::find(lines.begin(), lines.end(), row) != lines.end(), row.c_str());
    }

    void nothingFeasible_noEmptyList()
    {
        const Profile profile = corpusProfile("12-nothing-feasible.moeprofile.json");
        const Report report = buildReport(profile);  // with the scaling study: 8 GPUs
        const std::string markdown = markdownOf(report);
        QVERIFY(markdown.find("No configuration satisfies every constraint.") != std::string::npos);
        QVERIFY(markdown.find("## Next scaling steps") != std::string::npos);
        for (const ReportBlock& block : report.blocks) {
            if (const auto* list = std::get_if<ReportList>(&block)) {
                QVERIFY(!list->items.empty());
            }
        }
        // Every block ends in one blank line; an empty list added a second.
        QVERIFY(markdown.find("\n\n\n") == std::string::npos);
    }
};

QTEST_APPLESS_MAIN(TestReportMarkdown)
#include "tst_reportmarkdown.moc"

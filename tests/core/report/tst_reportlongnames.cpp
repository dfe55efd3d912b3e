// Issue 11, point 9: `report --out x.pdf` took 206 s for a profile named with 10^6
// characters and no space (QTextDocument lays out one unbroken word in quadratic
// time). The report shows at most 500 characters of the name, and the PDF's HTML gets
// break opportunities inside long words. Timings are in docs/benchmarks.md.

#include <QTest>

#include "profile/builtins.h"
#include "profile/profileio.h"
#include "report/report.h"

using namespace moe;

namespace {

const std::string kZeroWidthSpace = "\xE2\x80\x8B";  // U+200B in UTF-8

std::size_t count(const std::string& text, const std::string& part)
{
    std::size_t n = 0;
    for (std::size_t at = text.find(part); at != std::string::npos; at = text.find(part, at + part.size())) {
        ++n;
    }
    return n;
}

Report reportNamed(const std::string& name)
{
    Profile profile = *loadProfileArgument("builtin:seed").profile;
    profile.name = name;
    ReportInputs inputs;
    inputs.scalingStudy = false;
    inputs.search = [](const Profile&, Objective, const SearchBounds&) { return SearchResult{}; };
    return buildReport(profile, inputs);
}

} // namespace

class TestReportLongNames : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void hugeName_shownShortenedWithItsLength()
    {
        const Report report = reportNamed(std::string(1'000'000, 'x'));
        QVERIFY2(report.title.size() < 600, qPrintable(QString::number(report.title.size())));
        QCOMPARE(count(report.title, "x"), std::size_t(500));
        QVERIFY(report.title.find("(the first 500 of 1,000,000 characters)") != std::string::npos);
        // A name of 500 characters is shown whole; multi-byte characters count once.
        std::string accents;
        for (int i = 0; i < 500; ++i) {
            accents += "\xC3\xA9";  // é
        }
        QVERIFY(reportNamed(accents).title.ends_with(accents));
        const std::string shortened = reportNamed(accents + "\xC3\xA9").title;
        QVERIFY(shortened.find(accents + "\xE2\x80\xA6 (the first 500 of 501 characters)") != std::string::npos);
    }

    // Words over 64 characters get a zero-width space every 32; others are left alone,
    // and a multi-byte character is never split.
    void longWords_getBreakOpportunities()
    {
        const Report report = reportNamed(std::string(100, 'y') + " " + std::string(64, 'z') + " " + "\xC3\xA9" + std::string(99, 'w'));
        HtmlOptions options;
        options.breakLongWords = true;
        const std::string broken = reportToHtml(report, [](const std::string& c) { return c; }, options);
        const std::string plain = reportToHtml(report, [](const std::string& c) { return c; });
        QCOMPARE(count(plain, kZeroWidthSpace), std::size_t(0));
        // 100 characters: breaks after 32, 64 and 96, in the <title> and the heading.
        QVERIFY(broken.find(std::string(32, 'y') + kZeroWidthSpace + std::string(32, 'y') + kZeroWidthSpace + std::string(32, 'y')
                            + kZeroWidthSpace + "yyyy ")
                != std::string::npos);
        QVERIFY(broken.find(" " + std::string(64, 'z') + " ") != std::string::npos);
        QVERIFY(broken.find("\xC3\xA9" + std::string(31, 'w') + kZeroWidthSpace) != std::string::npos);
        QCOMPARE(count(broken, kZeroWidthSpace), std::size_t(2 * 6));
    }
};

QTEST_APPLESS_MAIN(TestReportLongNames)
#include "tst_reportlongnames.moc"

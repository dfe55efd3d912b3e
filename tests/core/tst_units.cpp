// The figures users read: units and separators, written out by hand here.

#include <QTest>

#include "units.h"

using namespace moe;

class TestUnits : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void grouped()
    {
        QCOMPARE(formatGrouped(0), std::string("0"));
        QCOMPARE(formatGrouped(999), std::string("999"));
        QCOMPARE(formatGrouped(1000), std::string("1,000"));
        QCOMPARE(formatGrouped(30840), std::string("30,840"));
        QCOMPARE(formatGrouped(3144732), std::string("3,144,732"));
        QCOMPARE(formatGrouped(-25560), std::string("-25,560"));
        QCOMPARE(formatGrouped(999.6), std::string("1,000"));  // rounds before grouping
        QCOMPARE(formatGrouped(-0.2), std::string("0"));       // no "-0"
    }

    void rates()
    {
        // The source analysis's own figure, as it prints it.
        QCOMPARE(formatRate(31537), std::string("31,537 tokens/s"));
        QCOMPARE(formatRate(533107.4), std::string("533,107 tokens/s"));
    }

    void others()
    {
        QCOMPARE(formatBytes(43.0 * 1024 * 1024 * 1024), std::string("43.0 GiB"));
        QCOMPARE(formatSeconds(4.1562), std::string("4.16 s"));
        QCOMPARE(formatSeconds(0.033), std::string("33 ms"));  // three significant digits
        QCOMPARE(formatSeconds(12.5e-6), std::string("12.5 us"));
        QCOMPARE(formatPercent(0.656), std::string("65.6%"));
        QCOMPARE(formatPercent(0.0001), std::string("<0.1%"));
        QCOMPARE(formatChange(1.125), std::string("+12.5%"));
        QCOMPARE(formatChange(0.97), std::string("-3.0%"));
    }
};

QTEST_APPLESS_MAIN(TestUnits)
#include "tst_units.moc"

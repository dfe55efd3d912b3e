// The figures users read: units and separators, written out by hand here.

#include <QTest>

#include "base/units.h"

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
        QCOMPARE(formatSeconds(12.5e-6), std::string("12.5 \u00b5s"));  // issue 9: µs, not "us"
        QCOMPARE(formatPercent(0.656), std::string("65.6%"));
        QCOMPARE(formatPercent(0.0001), std::string("<0.1%"));
        // Issue 11: a zero never prints as "-0.0%", and a tiny credit keeps its sign.
        QCOMPARE(formatPercent(-0.0), std::string("0.0%"));
        QCOMPARE(formatPercent(-0.0001), std::string("-<0.1%"));
        QCOMPARE(formatPercent(-0.25), std::string("-25.0%"));
        QCOMPARE(formatChange(1.125), std::string("+12.5%"));
        QCOMPARE(formatChange(0.97), std::string("-3.0%"));
    }

    // Issue 9: one rule for every view, from a kernel launch to a multi-day run.
    void seconds_data()
    {
        QTest::addColumn<double>("seconds");
        QTest::addColumn<QString>("expected");
        QTest::newRow("zero") << 0.0 << "0 s";
        QTest::newRow("1 us") << 1e-6 << "1 \u00b5s";
        QTest::newRow("launch") << 4.2e-6 << "4.2 \u00b5s";
        QTest::newRow("999 us") << 999e-6 << "999 \u00b5s";
        QTest::newRow("rounds up to 1 ms") << 0.9996e-3 << "1 ms";
        QTest::newRow("33 ms") << 0.033 << "33 ms";
        QTest::newRow("123 ms") << 0.1234 << "123 ms";
        QTest::newRow("rounds up to 1 s") << 0.9996 << "1 s";
        QTest::newRow("4.16 s") << 4.1562 << "4.16 s";
        QTest::newRow("16 s, once 1.602e+04 ms") << 16.02 << "16 s";
        QTest::newRow("just under a minute") << 59.4 << "59.4 s";
        QTest::newRow("rounds up to a minute") << 59.96 << "1 min 0 s";
        QTest::newRow("2 min 5 s") << 125.0 << "2 min 5 s";
        QTest::newRow("100 min, once 6.01e+03 s") << 6010.0 << "1 h 40 min";
        QTest::newRow("1 h 23 min") << 4980.0 << "1 h 23 min";
        QTest::newRow("just under a day") << 86399.0 << "1 d 0 h";
        QTest::newRow("3 days") << 3 * 86400.0 << "3 d 0 h";
        QTest::newRow("3 d 4 h") << 3 * 86400.0 + 4 * 3600.0 << "3 d 4 h";
        QTest::newRow("a credit") << -9.645 << "-9.65 s";
    }

    void seconds()
    {
        QFETCH(double, seconds);
        QFETCH(QString, expected);
        const QString text = QString::fromStdString(formatSeconds(seconds));
        QCOMPARE(text, expected);
        QVERIFY(!text.contains(QLatin1String("e+")) && !text.contains(QLatin1String("e-")));
    }

    void bytes_data()
    {
        QTest::addColumn<double>("bytes");
        QTest::addColumn<QString>("expected");
        constexpr double KiB = 1024.0;
        QTest::newRow("zero") << 0.0 << "0 B";
        QTest::newRow("1 byte") << 1.0 << "1 B";
        QTest::newRow("1023 B") << 1023.0 << "1023 B";
        QTest::newRow("1 KiB") << KiB << "1.0 KiB";
        QTest::newRow("1.5 KiB") << 1.5 * KiB << "1.5 KiB";
        QTest::newRow("rounds up to 1 MiB") << KiB * KiB - 1 << "1.0 MiB";
        QTest::newRow("512 MiB") << 512 * KiB * KiB << "512.0 MiB";
        QTest::newRow("43 GiB") << 43 * KiB * KiB * KiB << "43.0 GiB";
        QTest::newRow("141 GB") << 141e9 << "131.3 GiB";
        QTest::newRow("2 TiB") << 2 * KiB * KiB * KiB * KiB << "2.0 TiB";
        QTest::newRow("10 PiB") << 10 * KiB * KiB * KiB * KiB * KiB << "10.0 PiB";
        QTest::newRow("over by") << -2 * KiB << "-2.0 KiB";
    }

    void bytes()
    {
        QFETCH(double, bytes);
        QFETCH(QString, expected);
        const QString text = QString::fromStdString(formatBytes(bytes));
        QCOMPARE(text, expected);
        QVERIFY(!text.contains(QLatin1String("e+")) && !text.contains(QLatin1String("e-")));
    }

    void timeScale_data()
    {
        QTest::addColumn<double>("longest");
        QTest::addColumn<QString>("unit");
        QTest::newRow("decode step") << 0.012 << "ms";
        QTest::newRow("tiny") << 40e-6 << "\u00b5s";
        QTest::newRow("training step") << 16.02 << "s";
        QTest::newRow("long step") << 6010.0 << "min";
        QTest::newRow("very long") << 3 * 86400.0 << "h";
    }

    void timeScale()
    {
        QFETCH(double, longest);
        QFETCH(QString, unit);
        QCOMPARE(QString::fromUtf8(moe::timeScale(longest).unit), unit);
    }
};

QTEST_APPLESS_MAIN(TestUnits)
#include "tst_units.moc"

// Issue 12, point 7: the feasibility map was uniform pale green with raw
// "1,267,215 tokens/s". Feasible cells are now coloured by their best throughput on
// viridis with a legend giving the scale's ends, the search's best cell says "★ best",
// the current one "● you are here", and rates are short, in the user's locale.

#include <QLocale>
#include <QSet>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>

#include "document/explorerstate.h"
#include "longwait.h"
#include "search/feasibility.h"
#include "search/feasibilitylegend.h"
#include "search/popouttabs.h"
#include "search/search.h"
#include "search/searchdock.h"
#include "search/searchresultsmodel.h"
#include "shots.h"
#include "testprofiles.h"

using namespace moe;
using namespace moe::ui;

class TestFeasibilityMap : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        QLocale::setDefault(QLocale::c());
    }

    // Three significant figures and a unit prefix, worked by hand.
    void compactRate_threeFiguresWithUnit_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::addColumn<double>("rate");
        QTest::addColumn<QString>("expected");
        QTest::newRow("millions") << "C" << 1'267'215.0 << "1.27 M tokens/s";
        QTest::newRow("tens of millions") << "C" << 12'670'000.0 << "12.7 M tokens/s";
        QTest::newRow("thousands") << "C" << 812'345.0 << "812 k tokens/s";
        QTest::newRow("units") << "C" << 950.4 << "950 tokens/s";
        QTest::newRow("German decimal comma") << "de_DE" << 1'267'215.0 << "1,27 M tokens/s";
    }

    void compactRate_threeFiguresWithUnit()
    {
        QFETCH(QString, locale);
        QFETCH(double, rate);
        QFETCH(QString, expected);
        QLocale::setDefault(QLocale(locale));
        QCOMPARE(compactRate(rate), expected);
    }

    void feasibleCells_colouredByThroughput_bestAndCurrentMarked()
    {
        ExplorerState state(test::builtin("seed"));
        SearchDock dock(state);
        dock.resize(1200, 420);
        dock.show();
        QSignalSpy finished(&dock, &SearchDock::searchFinished);
        dock.startSearch();
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, test::kBackgroundWorkMs);
        const SearchResult expected = search(state.profile(), Objective::Throughput);
        const FeasibilityMap map = feasibilityMap(state.profile(), expected);
        QTableWidget* table = dock.feasibilityMap();
        // The scale's ends: the lowest and highest best throughput of a feasible cell.
        double low = 0;
        double high = 0;
        bool any = false;
        for (const FeasibilityCell& cell : map.cells) {
            if (cell.feasible) {
                const double rate = expected.ranked[static_cast<std::size_t>(cell.best)].tokensPerS;
                low = any ? std::min(low, rate) : rate;
                high = any ? std::max(high, rate) : rate;
                any = true;
            }
        }
        QVERIFY(any && high > low);
        QSet<QRgb> colours;
        int best = 0;
        for (const FeasibilityCell& cell : map.cells) {
            QTableWidgetItem* item = table->item(cell.row, cell.column);
            const QColor background = item->background().color();
            if (!cell.feasible) {
                QCOMPARE(background, QColor(0xF4, 0xD6, 0xD6));
                continue;
            }
            colours.insert(background.rgb());
            const double rate = expected.ranked[static_cast<std::size_t>(cell.best)].tokensPerS;
            // viridis's ends in matplotlib's table (_viridis_data[0] and [255], times 255):
            // (68, 1, 84) dark purple, (253, 231, 37) yellow.
            if (rate == high) {
                QCOMPARE(background, QColor(253, 231, 37));
                QCOMPARE(item->foreground().color(), QColor(Qt::black));
            }
            if (rate == low) {
                QCOMPARE(background, QColor(68, 1, 84));
                QCOMPARE(item->foreground().color(), QColor(Qt::white));
            }
            // Short rates with a unit prefix; every digit in the tooltip.
            QVERIFY2(item->text().endsWith(QStringLiteral(" tokens/s")), qPrintable(item->text()));
            QVERIFY2(item->text().contains(QStringLiteral(" M ")) || item->text().contains(QStringLiteral(" k ")), qPrintable(item->text()));
            QVERIFY2(item->toolTip().startsWith(QLocale().toString(static_cast<qint64>(std::llround(rate)))), qPrintable(item->toolTip()));
            if (cell.best == 0) {
                ++best;
                QVERIFY2(item->text().contains(QStringLiteral("★ best")), qPrintable(item->text()));
            } else {
                QVERIFY(!item->text().contains(QStringLiteral("★")));
            }
        }
        QCOMPARE(best, 1);
        QVERIFY2(colours.size() >= 3, "feasible cells share too few colours");
        // The current strategy's cell, marked.
        const auto current = dock.currentMapCell();
        QVERIFY(current);
        QVERIFY(table->item(current->first, current->second)->text().startsWith(QStringLiteral("● you are here · ")));
        // The legend gives the scale's two ends.
        dock.views()->setCurrentIndex(1);  // the map's tab
        FeasibilityLegend* legend = dock.mapLegend();
        QVERIFY(legend->isVisible());
        QCOMPARE(legend->lowText(), compactRate(low));
        QCOMPARE(legend->highText(), compactRate(high));
        test::saveShot(dock, QStringLiteral("feasibility-map.png"));
    }
};

QTEST_MAIN(TestFeasibilityMap)
#include "tst_feasibilitymap.moc"

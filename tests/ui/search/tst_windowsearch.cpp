// Search, baseline and report from the window: a picked search result is applied and
// every view follows; the baseline shows as ghost bars and changes; the report exports.

#include <QElapsedTimer>
#include <QFile>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <cmath>

#include "longwait.h"
#include "model/evaluation.h"
#include "document/explorerstate.h"
#include "isolatedsettings.h"
#include "charts/latencychart.h"
#include "window/mainwindow.h"
#include "charts/memorychart.h"
#include "search/search.h"
#include "search/searchdock.h"
#include "search/searchresultsmodel.h"
#include "window/summarybar.h"
#include "testprofiles.h"

using namespace moe;
using namespace moe::ui;

class TestWindowSearch : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_settings.isValid());
    }

    // The seed's own baseline (the source's 3-GPU deployment) shows as pale bars.
    void profileBaseline_ghostBarsEqualCore()
    {
        const Profile seed = test::builtin("seed");
        MainWindow window(seed);
        QVERIFY(window.baselineEvaluation().has_value());
        const Evaluation baseline = evaluate(seed, *seed.baseline);
        const QList<qreal> ghost = window.latencyChart()->baselineValues();
        QCOMPARE(ghost.size(), 11);  // the ten components, the optimizer step and the overlap credit
        QCOMPARE(ghost[0], baseline.time.attentionCompute * 1e3);
        QCOMPARE(ghost[1], baseline.time.expertCompute * 1e3);
        QCOMPARE(window.memoryChart()->shownGpus().back(), qint64(-1));
        // 533,107 against 48,863 tokens/s in docs/model.md's worked example: +991%.
        const double ratio = window.state().evaluation().rates.tokensPerS / baseline.rates.tokensPerS;
        QVERIFY(window.summaryBar()->text(QStringLiteral("rates.tokens_per_s"))
                    .contains(QStringLiteral("+%1%").arg((ratio - 1) * 100, 0, 'f', 1)));
    }

    void pinBaseline_thenChange_showsDelta_undoable()
    {
        Profile seed = test::builtin("seed");
        seed.baseline.reset();
        MainWindow window(seed);
        QVERIFY(!window.baselineEvaluation());
        window.pinBaseline();
        QVERIFY(window.state().profile().baseline == seed.strategy);
        Strategy wider = seed.strategy;
        wider.dp = 64;
        window.state().setStrategy(wider);
        const Evaluation pinned = evaluate(window.state().profile(), seed.strategy);
        QCOMPARE(window.baselineEvaluation()->time.total, pinned.time.total);
        QVERIFY(window.summaryBar()->text(QStringLiteral("time_s.total")).contains(QLatin1Char('%')));
        window.clearBaseline();
        QVERIFY(!window.baselineEvaluation());
        window.state().undoStack()->undo();  // the clear
        QVERIFY(window.baselineEvaluation().has_value());
    }

    void searchFromWindow_pickedResultApplied()
    {
        MainWindow window(test::builtin("seed"));
        SearchDock* dock = window.searchDock();
        QSignalSpy finished(dock, &SearchDock::searchFinished);
        dock->startSearch();
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, test::kBackgroundWorkMs);
        const SearchResult expected = search(window.state().profile(), Objective::Throughput);
        QCOMPARE(static_cast<std::size_t>(dock->model()->rowCount()), expected.ranked.size());
        Q_EMIT dock->table()->activated(dock->table()->model()->index(0, 0));
        const Candidate& best = expected.ranked.front();
        QVERIFY(window.state().profile().strategy == best.strategy);
        const Evaluation ev = evaluate(window.state().profile());
        QCOMPARE(window.latencyChart()->values()[1], ev.time.expertCompute * 1e3);
        QCOMPARE(window.memoryChart()->componentValues(1).front(),
                 evaluate(window.state().profile(), Detail::PerGpu).gpus[static_cast<std::size_t>(window.memoryChart()->shownGpus().front())]
                         .memory.expertWeights
                     / (1024.0 * 1024.0 * 1024.0));
        // One undo step takes the applied result back.
        window.state().undoStack()->undo();
        QVERIFY(window.state().profile().strategy == test::builtin("seed").strategy);
    }

    void exportReport_fromWindow()
    {
        MainWindow window(test::builtin("mixtral-8x7b-h100"));
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("review.md"));
        const auto error = window.exportReportTo(path);
        QVERIFY2(!error, error ? qPrintable(*error) : "");
        QVERIFY(QFile::exists(path));
        QVERIFY(QFile::exists(dir.filePath(QStringLiteral("review-latency.png"))));
    }

    // From the menu the report is built off the GUI thread: the call returns before
    // the report exists, the window keeps handling events, and the file follows.
    void exportReport_inBackground()
    {
        MainWindow window(test::builtin("seed"));
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("review.pdf"));
        QSignalSpy exported(&window, &MainWindow::reportExported);
        window.exportReportInBackground(path);
        QCOMPARE(exported.count(), 0);
        QVERIFY(!QFile::exists(path));
        QTRY_COMPARE_WITH_TIMEOUT(exported.count(), 1, test::kBackgroundWorkMs);
        QCOMPARE(exported.front().at(1).toString(), QString());
        QCOMPARE(exported.front().at(2).toBool(), false);
        QFile pdf(path);
        QVERIFY(pdf.open(QIODevice::ReadOnly));
        QVERIFY(pdf.read(5) == "%PDF-");
    }

    // Cancel stops a long report (a 16,384-GPU training search) within a second and
    // writes nothing.
    void exportReport_cancelled()
    {
        MainWindow window(test::profileFrom(test::deepSeekSizedTrainingJson()));
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("review.pdf"));
        QSignalSpy exported(&window, &MainWindow::reportExported);
        window.exportReportInBackground(path);
        QTest::qWait(300);
        QCOMPARE(exported.count(), 0);  // still searching
        QElapsedTimer timer;
        timer.start();
        window.cancelReportExport();
        QTRY_COMPARE_WITH_TIMEOUT(exported.count(), 1, test::kBackgroundWorkMs);
        QVERIFY2(timer.elapsed() < 1000, qPrintable(QString::number(timer.elapsed())));
        QCOMPARE(exported.front().at(2).toBool(), true);
        QVERIFY(!QFile::exists(path));
    }

private:
    test::IsolatedSettings m_settings;  // before any window reads or writes settings
};

QTEST_MAIN(TestWindowSearch)
#include "tst_windowsearch.moc"

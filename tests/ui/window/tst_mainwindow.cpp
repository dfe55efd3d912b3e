// The window follows every slider: after each move, the charts, the grid and the
// verdict show what core computes for the new configuration.

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QSignalSpy>
#include <QSlider>
#include <QSpinBox>
#include <QTest>
#include <QToolButton>

#include <algorithm>
#include <cmath>

#include "model/evaluation.h"
#include "explain/explaindock.h"
#include "explain/explanationmodel.h"
#include "document/explorerstate.h"
#include "grid/gpugridwidget.h"
#include "grid/gridmetric.h"
#include "grid/gridpanel.h"
#include "isolatedsettings.h"
#include "charts/latencychart.h"
#include "window/mainwindow.h"
#include "charts/memorychart.h"
#include "window/parametersdock.h"
#include "window/parameterslider.h"
#include "search/strategyspace.h"
#include "window/summarybar.h"
#include "testprofiles.h"
#include "window/verdictbar.h"

using namespace moe;
using namespace moe::ui;
using Parameter = ParametersDock::Parameter;

namespace {

constexpr double kGiB = 1024.0 * 1024.0 * 1024.0;

bool near(double a, double b)
{
    return std::fabs(a - b) <= 1e-9 * std::max(1.0, std::fabs(b));
}

} // namespace

class TestMainWindow : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_settings.isValid());
    }

    void opensOnSeedWithTitle()
    {
        MainWindow window(test::builtin("seed"));
        QVERIFY(window.windowTitle().contains(QStringLiteral("MoE Explorer")));
        QVERIFY(window.windowTitle().contains(QStringLiteral("Seed")));
        checkViewsMatchCore(window);
    }

    // Each row moves one slider one step with the keyboard, as a user would.
    void sliderMove_everyViewFollows_data()
    {
        QTest::addColumn<int>("parameter");
        QTest::addColumn<int>("key");
        QTest::newRow("EP down") << static_cast<int>(Parameter::Ep) << static_cast<int>(Qt::Key_Left);
        QTest::newRow("TP up") << static_cast<int>(Parameter::Tp) << static_cast<int>(Qt::Key_Right);
        QTest::newRow("PP up") << static_cast<int>(Parameter::Pp) << static_cast<int>(Qt::Key_Right);
        QTest::newRow("DP up") << static_cast<int>(Parameter::Dp) << static_cast<int>(Qt::Key_Right);
        QTest::newRow("batch up") << static_cast<int>(Parameter::Batch) << static_cast<int>(Qt::Key_Right);
        QTest::newRow("sequence up") << static_cast<int>(Parameter::Sequence) << static_cast<int>(Qt::Key_Right);
        QTest::newRow("micro-batches up") << static_cast<int>(Parameter::MicroBatches) << static_cast<int>(Qt::Key_Right);
    }
    void sliderMove_everyViewFollows()
    {
        QFETCH(int, parameter);
        QFETCH(int, key);
        MainWindow window(test::builtin("seed"));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        ParameterSlider* slider = window.parametersDock()->slider(static_cast<Parameter>(parameter));
        const qint64 before = slider->value();
        const double stepBefore = window.state().evaluation().time.total;
        QSignalSpy evaluated(&window.state(), &ExplorerState::evaluationChanged);
        QTest::keyClick(slider->slider(), static_cast<Qt::Key>(key));
        QCOMPARE(evaluated.count(), 1);
        QVERIFY(slider->value() != before);
        QCOMPARE(slider->spinBox()->value(), static_cast<int>(slider->value()));
        QVERIFY(window.state().evaluation().valid);
        QVERIFY(window.state().evaluation().time.total != stepBefore);
        checkViewsMatchCore(window);
    }

    void modeChange_followsToDecode()
    {
        MainWindow window(test::builtin("seed"));
        auto* mode = window.parametersDock()->findChild<QComboBox*>();
        QVERIFY(mode);
        mode->setCurrentIndex(2);
        Q_EMIT mode->activated(2);
        QCOMPARE(window.state().profile().workload.mode, Mode::Decode);
        QVERIFY(window.summaryBar()->text(QStringLiteral("time_s.total")).contains(QStringLiteral("Time per token")));
        checkViewsMatchCore(window);
    }

    // Typing an illegal EP keeps it (no silent clamping) and the verdict says why.
    void illegalValue_explainedNotClamped()
    {
        MainWindow window(test::builtin("seed"));
        ParameterSlider* ep = window.parametersDock()->slider(Parameter::Ep);
        ep->spinBox()->setValue(3);
        QCOMPARE(window.state().profile().strategy.ep, qint64(3));
        QVERIFY(!window.state().evaluation().valid);
        const QStringList chips = window.verdictBar()->chips();
        QCOMPARE(chips.size(), 1);
        QVERIFY2(chips.front().startsWith(QStringLiteral("FAIL")) && chips.front().contains(QStringLiteral("/strategy/ep")),
                 qPrintable(chips.front()));
        QVERIFY(window.latencyChart()->titleText().startsWith(QStringLiteral("Not evaluated")));
        // Back to a legal value, everything returns.
        ep->spinBox()->setValue(16);
        QVERIFY(window.state().evaluation().valid);
        checkViewsMatchCore(window);
    }

    // The line under a slider says "not legal" only when the rules say so: the seed's
    // batch slider offers round values (its range to 65,536 is thinned), yet a typed
    // batch of 1,000 on DP 32 in prefill is legal; a sequence length takes any value.
    void rangeLine_saysNotLegalOnlyWhenTheRulesDo()
    {
        MainWindow window(test::builtin("seed"));
        ParameterSlider* ep = window.parametersDock()->slider(Parameter::Ep);
        ep->spinBox()->setValue(3);
        QVERIFY2(ep->rangeText().contains(QStringLiteral("3 is not legal")), qPrintable(ep->rangeText()));
        ep->spinBox()->setValue(32);
        ParameterSlider* batch = window.parametersDock()->slider(Parameter::Batch);
        batch->spinBox()->setValue(1000);
        QCOMPARE(window.state().profile().workload.batch, qint64(1000));
        const auto offered = legalValues(window.state().profile(), StrategyDimension::Batch);
        QVERIFY(!std::binary_search(offered.begin(), offered.end(), 1000));  // thinned away
        QVERIFY2(!batch->rangeText().contains(QStringLiteral("not legal")), qPrintable(batch->rangeText()));
        ParameterSlider* sequence = window.parametersDock()->slider(Parameter::Sequence);
        sequence->spinBox()->setValue(2000);
        QCOMPARE(sequence->rangeText(), QStringLiteral("steps: 1 to 1048576; any value can be typed"));
    }

    // EP 3 on the seed is illegal; the nearest legal values below and above it are
    // offered, and one click applies one. A value that is legal itself, in a strategy
    // made illegal by another parameter, is offered nothing.
    void illegalValue_offersNearestLegal()
    {
        MainWindow window(test::builtin("seed"));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        ParameterSlider* ep = window.parametersDock()->slider(Parameter::Ep);
        QVERIFY(ep->suggestions().isEmpty());
        ep->spinBox()->setValue(3);
        const auto legal = legalValues(window.state().profile(), StrategyDimension::Ep);
        const auto above = std::upper_bound(legal.begin(), legal.end(), 3);
        QVERIFY(above != legal.begin() && above != legal.end());
        const auto offered = ep->suggestions();
        QCOMPARE(offered.size(), 2);
        QCOMPARE(offered[0]->text(), QString::number(*std::prev(above)));
        QCOMPARE(offered[1]->text(), QString::number(*above));
        QVERIFY(window.parametersDock()->slider(Parameter::Dp)->suggestions().isEmpty());
        QTest::mouseClick(offered[1], Qt::LeftButton);
        QCOMPARE(window.state().profile().strategy.ep, *above);
        QVERIFY(window.state().evaluation().valid);
        QVERIFY(ep->suggestions().isEmpty());
        QCOMPARE(ep->spinBox()->value(), static_cast<int>(*above));
    }

    // The baseline of the seed does not fit: a red verdict still shows its numbers.
    void redConfiguration_stillShowsNumbers()
    {
        Profile seed = test::builtin("seed");
        seed.strategy = *seed.baseline;
        MainWindow window(seed);
        QVERIFY(!window.verdictBar()->allPass());
        QVERIFY(window.memoryChart()->overCapacity());
        QVERIFY(window.memoryChart()->titleText().startsWith(QStringLiteral("Over capacity")));
        checkViewsMatchCore(window);
    }

    void clickGpu_selectsItEverywhere()
    {
        MainWindow window(test::builtin("seed"));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        GpuGridWidget* grid = window.gridPanel()->grid();
        QTest::mouseClick(grid, Qt::LeftButton, {}, grid->geometry().cellRect(17).center());
        QCOMPARE(window.state().selectedGpu(), qint64(17));
        QVERIFY(window.memoryChart()->shownGpus().contains(17));
    }

    // Explain from a grid cell: the GPU is selected and its own figures are shown.
    void explainGpu_showsItsFormulas()
    {
        MainWindow window(test::builtin("seed"));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QAbstractItemModelTester tester(window.explainDock()->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        Q_EMIT window.gridPanel()->explainRequested(5);
        QCOMPARE(window.state().selectedGpu(), qint64(5));
        QVERIFY(window.explainDock()->isVisible());
        const int row = window.explainDock()->model()->rowForKey(QStringLiteral("gpu 5: memory_bytes.expert_weights"));
        QVERIFY(row >= 0);
        // Its value is GPU 5's own expert weights, as core computes them.
        const Evaluation ev = evaluate(window.state().profile(), Detail::PerGpu);
        const QModelIndex value = window.explainDock()->model()->index(row, ExplanationModel::Value);
        QCOMPARE(value.data(Qt::UserRole).toDouble(), ev.gpus[5].memory.expertWeights);
        // Moving a slider refreshes the panel while it is open.
        QTest::keyClick(window.parametersDock()->slider(Parameter::Ep)->slider(), Qt::Key_Left);
        const Evaluation after = evaluate(window.state().profile(), Detail::PerGpu);
        const int again = window.explainDock()->model()->rowForKey(QStringLiteral("gpu 5: memory_bytes.expert_weights"));
        QCOMPARE(window.explainDock()->model()->index(again, ExplanationModel::Value).data(Qt::UserRole).toDouble(),
                 after.gpus[5].memory.expertWeights);
    }

private:
    // What every view shows equals core's figures for the window's current profile,
    // evaluated here independently.
    static void checkViewsMatchCore(MainWindow& window)
    {
        const Profile& profile = window.state().profile();
        const Evaluation expected = evaluate(profile, Detail::PerGpu);
        QVERIFY(expected.valid);
        const QList<qreal> bars = window.latencyChart()->values();
        const double parts[] = {expected.time.attentionCompute, expected.time.expertCompute, expected.time.denseCompute,
                                expected.time.a2aDispatch,      expected.time.a2aCombine,    expected.time.tpComm,
                                expected.time.ppComm,           expected.time.ppBubble,      expected.time.dpComm,
                                expected.time.optimizer,        expected.time.overlapped};
        QCOMPARE(bars.size(), static_cast<qsizetype>(std::size(parts)));
        for (int i = 0; i < bars.size(); ++i) {
            QVERIFY2(near(bars[i], parts[i] * 1e3), qPrintable(QStringLiteral("bar %1").arg(i)));
        }
        // The memory chart has a bar for the fullest GPU (a baseline's bar may follow it).
        const QList<qint64> shown = window.memoryChart()->shownGpus();
        const auto at = shown.lastIndexOf(expected.memoryGpu);
        QVERIFY(at >= 0);
        QVERIFY(near(window.memoryChart()->componentValues(1)[at], expected.memory.expertWeights / kGiB));
        QVERIFY(near(window.memoryChart()->componentValues(6)[at], expected.memory.activations / kGiB));
        // The grid colours each GPU by its memory; idle GPUs show nothing.
        GpuGridWidget* grid = window.gridPanel()->grid();
        grid->setMetric(GridMetric::Memory);
        grid->setLayer(-1);
        for (const qint64 gpu : {qint64(0), static_cast<qint64>(expected.gpusUsed - 1)}) {
            QVERIFY(near(grid->cellValue(gpu), expected.gpus[static_cast<std::size_t>(gpu)].memory.total() / kGiB));
        }
        if (expected.gpusUsed < profile.cluster.gpuCount) {
            QVERIFY(std::isnan(grid->cellValue(expected.gpusUsed)));
        }
        // The verdict has one chip per check, each with core's outcome.
        const QStringList chips = window.verdictBar()->chips();
        QCOMPARE(chips.size(), expected.checkCount);
        for (int i = 0; i < expected.checkCount; ++i) {
            QCOMPARE(chips[i].startsWith(QStringLiteral("ok")), expected.checks[static_cast<std::size_t>(i)].ok);
        }
    }

    test::IsolatedSettings m_settings;  // before any window reads or writes settings
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"

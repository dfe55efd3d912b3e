// What the headline, charts and verdict say about the configuration as it is: a
// baseline that cannot run (the seed's 3-GPU one in training) is labelled as the
// baseline's and the current strategy is still shown; a configuration that fails a
// check says so in the headline, and changes are labelled as against the baseline.
// Also: the selected GPU starts again with another profile, and decode's latency
// chart speaks of time per token, as the headline does.

#include <QComboBox>
#include <QLabel>
#include <QSpinBox>
#include <QTest>

#include <algorithm>
#include <span>

#include "document/documentcontroller.h"
#include "model/evaluation.h"
#include "document/explorerstate.h"
#include "isolatedsettings.h"
#include "charts/latencychart.h"
#include "window/mainwindow.h"
#include "charts/memorychart.h"
#include "window/parametersdock.h"
#include "window/parameterslider.h"
#include "window/summarybar.h"
#include "testprofiles.h"
#include "base/units.h"
#include "window/verdictbar.h"

using namespace moe;
using namespace moe::ui;

namespace {

// The texts of the summary bar's visible labels, as a user reads them.
QStringList visibleTexts(QWidget* bar)
{
    QStringList texts;
    for (const QLabel* label : bar->findChildren<QLabel*>()) {
        if (label->isVisibleTo(bar) && !label->text().isEmpty()) {
            texts << label->text();
        }
    }
    return texts;
}

} // namespace

class TestHeadline : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_settings.isValid());
    }

    // The case: the seed switched to training. The baseline's DP 3 does not
    // divide the batch of 128; the current DP 32 does.
    void seedToTraining_baselineLabelledCurrentShown()
    {
        MainWindow window(test::builtin("seed"));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto* mode = window.parametersDock()->findChild<QComboBox*>();
        QVERIFY(mode);
        mode->setFocus();
        QTest::keyClick(mode, Qt::Key_Home);  // training is the first mode
        const Profile& profile = window.state().profile();
        QCOMPARE(profile.workload.mode, Mode::Training);
        QCOMPARE(profile.strategy.dp, qint64(32));
        const Evaluation baseline = evaluate(profile, *profile.baseline);
        QVERIFY(!baseline.valid);
        QVERIFY(baseline.error.find("divisible by DP x micro-batches (3 x 1 = 3)") != std::string::npos);

        // The current strategy is evaluated and every view shows it.
        const Evaluation expected = evaluate(profile);
        QVERIFY(window.state().evaluation().valid);
        QCOMPARE(window.latencyChart()->values()[1], expected.time.expertCompute * 1e3);
        QVERIFY(!window.memoryChart()->shownGpus().isEmpty());
        QCOMPARE(window.summaryBar()->text(QStringLiteral("time_s.total")),
                 QStringLiteral("Step time %1").arg(QString::fromStdString(formatSeconds(expected.time.total))));
        // The baseline's problem is labelled as the baseline's, never as the current one's.
        const QStringList chips = window.verdictBar()->chips();
        QVERIFY2(chips.last() == QStringLiteral("baseline: %1").arg(QString::fromStdString(baseline.error)), qPrintable(chips.join(u'\n')));
        for (int i = 0; i + 1 < chips.size(); ++i) {
            QVERIFY2(!chips[i].contains(QStringLiteral("(3 x 1 = 3)")), qPrintable(chips[i]));
        }
        QVERIFY2(window.latencyChart()->titleText().endsWith(QStringLiteral("baseline: not evaluated")),
                 qPrintable(window.latencyChart()->titleText()));
        QCOMPARE(window.memoryChart()->shownGpus().back(), qint64(-1));
        QCOMPARE(window.memoryChart()->barLabels().back(), QStringLiteral("baseline:<br>not evaluated"));
        QCOMPARE(window.memoryChart()->componentValues(1).back(), 0.0);
        QVERIFY(visibleTexts(window.summaryBar()).contains(QStringLiteral("baseline: not evaluated")));
    }

    // The case: EP 1 on the seed needs 259.8 GiB of 64 GiB. The headline says it
    // does not fit before any figure, and the changes say what they compare with.
    void infeasible_headlineSaysSo()
    {
        MainWindow window(test::builtin("seed"));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QSpinBox* ep = window.parametersDock()->slider(ParametersDock::Parameter::Ep)->spinBox();
        ep->selectAll();
        QTest::keyClicks(ep, QStringLiteral("1"));
        QTest::keyClick(ep, Qt::Key_Return);
        QCOMPARE(window.state().profile().strategy.ep, qint64(1));
        const Evaluation& ev = window.state().evaluation();
        QVERIFY(ev.valid && !ev.ok);
        const auto checks = std::span(ev.checks).first(static_cast<std::size_t>(ev.checkCount));
        const auto memory = std::find_if(checks.begin(), checks.end(), [](const Check& c) { return c.kind == CheckKind::Memory; });
        QVERIFY(memory != checks.end() && !memory->ok);
        const QString over = QStringLiteral("does not fit: %1 over").arg(QString::fromStdString(formatBytes(memory->value - memory->limit)));
        const QStringList texts = visibleTexts(window.summaryBar());
        QVERIFY2(!texts.isEmpty() && texts.front().contains(over), qPrintable(texts.join(u'|')));
        QVERIFY2(window.summaryBar()->text(QStringLiteral("time_s.total")).endsWith(QStringLiteral(" vs baseline)")),
                 qPrintable(window.summaryBar()->text(QStringLiteral("time_s.total"))));
        // Back to a configuration that fits: the warning goes.
        ep->selectAll();
        QTest::keyClicks(ep, QStringLiteral("32"));
        QTest::keyClick(ep, Qt::Key_Return);
        QVERIFY(window.state().evaluation().ok);
        QVERIFY(!visibleTexts(window.summaryBar()).join(u'|').contains(QStringLiteral("does not fit")));
    }

    // GPU 117 is idle in the seed's 32-GPU strategy; chosen there, it must not carry over
    // to the next profile opened.
    void otherProfileOpened_selectionStartsAgain()
    {
        MainWindow window(test::builtin("seed"));
        window.state().setSelectedGpu(117);
        QVERIFY(window.memoryChart()->shownGpus().contains(117));
        QVERIFY(window.document()->openBuiltin(QStringLiteral("deepseek-v3-training-h800")));
        QCOMPARE(window.state().selectedGpu(), qint64(0));
        QVERIFY(!window.memoryChart()->shownGpus().contains(117));
    }

    void decode_latencyTitleSaysTimePerToken()
    {
        MainWindow window(test::builtin("mixtral-8x7b-h100"));
        QCOMPARE(window.state().profile().workload.mode, Mode::Decode);
        QVERIFY(window.summaryBar()->text(QStringLiteral("time_s.total")).startsWith(QStringLiteral("Time per token")));
        QVERIFY2(window.latencyChart()->titleText().startsWith(QStringLiteral("Time per token")),
                 qPrintable(window.latencyChart()->titleText()));
    }

private:
    test::IsolatedSettings m_settings;  // before any window reads or writes settings
};

QTEST_MAIN(TestHeadline)
#include "tst_headline.moc"

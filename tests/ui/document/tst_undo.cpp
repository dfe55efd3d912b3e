// Undo and redo: every edit of the profile is one step (a slider drag is one step,
// however many values it passes), undo and redo re-evaluate and every view follows,
// and the saved state is the undo stack's clean state.

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QSlider>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>
#include <QUndoView>

#include <functional>

#include "document/documentcontroller.h"
#include "model/evaluation.h"
#include "document/explorerstate.h"
#include "isolatedsettings.h"
#include "window/mainwindow.h"
#include "window/parametersdock.h"
#include "window/parameterslider.h"
#include "window/profileform.h"
#include "profile/profileio.h"
#include "recordingprompts.h"
#include "window/summarybar.h"
#include "testprofiles.h"
#include "document/undohistorydock.h"

using namespace moe;
using namespace moe::ui;
using Parameter = ParametersDock::Parameter;

namespace {

const QString kModeTip = QStringLiteral("Training iteration, prefill of the batch, or one decode step");

// What the window shows: its profile, its evaluation and a headline figure.
struct Snapshot {
    std::string profile;
    double stepTime = 0;
    double memory = 0;
    QString summary;

    bool operator==(const Snapshot&) const = default;
};

Snapshot snapshot(const MainWindow& window)
{
    return {serializeProfile(window.state().profile()), window.state().evaluation().time.total,
            window.state().evaluation().memory.total(), window.summaryBar()->text(QStringLiteral("time_s.total"))};
}

// The state's evaluation is core's for the profile shown.
void checkEvaluationFollows(const MainWindow& window)
{
    const Evaluation expected = evaluate(window.state().profile(), Detail::PerGpu);
    QCOMPARE(window.state().evaluation().valid, expected.valid);
    QCOMPARE(window.state().evaluation().time.total, expected.time.total);
    QCOMPARE(window.state().evaluation().memory.total(), expected.memory.total());
    QCOMPARE(window.state().evaluation().rates.tokensPerS, expected.rates.tokensPerS);
}

template <typename Widget>
Widget* byToolTip(const MainWindow& window, const QString& tip)
{
    for (Widget* widget : window.parametersDock()->findChildren<Widget*>()) {
        if (widget->toolTip() == tip) {
            return widget;
        }
    }
    return nullptr;
}

} // namespace

class TestUndo : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_settings.isValid());
    }

    // One keyboard step of a slider; undo brings back the strategy and every figure,
    // redo the edit.
    void sliderStep_undoRedo_data()
    {
        QTest::addColumn<int>("parameter");
        QTest::addColumn<int>("key");
        QTest::newRow("EP down") << static_cast<int>(Parameter::Ep) << static_cast<int>(Qt::Key_Left);
        QTest::newRow("TP up") << static_cast<int>(Parameter::Tp) << static_cast<int>(Qt::Key_Right);
        QTest::newRow("DP up") << static_cast<int>(Parameter::Dp) << static_cast<int>(Qt::Key_Right);
        QTest::newRow("batch up") << static_cast<int>(Parameter::Batch) << static_cast<int>(Qt::Key_Right);
        QTest::newRow("sequence up") << static_cast<int>(Parameter::Sequence) << static_cast<int>(Qt::Key_Right);
    }
    void sliderStep_undoRedo()
    {
        QFETCH(int, parameter);
        QFETCH(int, key);
        MainWindow window(test::builtin("seed"), QStringLiteral("builtin:seed"));
        ParameterSlider* slider = window.parametersDock()->slider(static_cast<Parameter>(parameter));
        const Snapshot before = snapshot(window);
        const Strategy strategyBefore = window.state().profile().strategy;
        const qint64 valueBefore = slider->value();

        QTest::keyClick(slider->slider(), static_cast<Qt::Key>(key));
        const Snapshot edited = snapshot(window);
        const qint64 valueEdited = slider->value();
        QVERIFY(valueEdited != valueBefore);
        QVERIFY(edited.stepTime != before.stepTime);
        QCOMPARE(window.state().undoStack()->count(), 1);
        QVERIFY(window.isWindowModified());
        checkEvaluationFollows(window);

        window.findChild<QAction*>(QStringLiteral("UndoAction"))->trigger();
        QCOMPARE(snapshot(window), before);
        QVERIFY(window.state().profile().strategy == strategyBefore);
        QCOMPARE(slider->value(), valueBefore);
        QCOMPARE(slider->spinBox()->value(), static_cast<int>(valueBefore));
        QVERIFY(!window.isWindowModified());
        checkEvaluationFollows(window);

        window.findChild<QAction*>(QStringLiteral("RedoAction"))->trigger();
        QCOMPARE(snapshot(window), edited);
        QCOMPARE(slider->value(), valueEdited);
        QVERIFY(window.isWindowModified());
        checkEvaluationFollows(window);
    }

    // Pressed, moved over several values, released: one undo step back to the start.
    void sliderDrag_isOneUndoStep_data()
    {
        QTest::addColumn<int>("parameter");
        QTest::newRow("EP (strategy)") << static_cast<int>(Parameter::Ep);
        QTest::newRow("batch (workload)") << static_cast<int>(Parameter::Batch);
    }
    void sliderDrag_isOneUndoStep()
    {
        QFETCH(int, parameter);
        MainWindow window(test::builtin("seed"));
        ParameterSlider* slider = window.parametersDock()->slider(static_cast<Parameter>(parameter));
        QSlider* handle = slider->slider();
        const Snapshot before = snapshot(window);
        const int start = handle->value();
        QVERIFY(start >= 3);

        handle->setSliderDown(true);  // emits sliderPressed
        for (int position = start - 1; position >= start - 3; --position) {
            handle->setValue(position);
            checkEvaluationFollows(window);  // every view follows while the slider moves
        }
        handle->setSliderDown(false);  // emits sliderReleased
        const Snapshot dragged = snapshot(window);
        QCOMPARE(handle->value(), start - 3);
        QCOMPARE(window.state().undoStack()->count(), 1);
        QCOMPARE(window.state().undoStack()->text(0), tr("Set %1 to %2").arg(slider->name()).arg(slider->value()));

        window.state().undoStack()->undo();
        QCOMPARE(snapshot(window), before);
        QCOMPARE(handle->value(), start);
        window.state().undoStack()->redo();
        QCOMPARE(snapshot(window), dragged);
    }

    // A drag that ends where it began leaves no step; two drags are two steps; an
    // edit of another parameter in between closes the merge.
    void sliderDrags_mergeOnlyWithinOneDrag()
    {
        MainWindow window(test::builtin("seed"));
        QUndoStack* stack = window.state().undoStack();
        QSlider* ep = window.parametersDock()->slider(Parameter::Ep)->slider();
        QSlider* tp = window.parametersDock()->slider(Parameter::Tp)->slider();
        const int start = ep->value();

        ep->setSliderDown(true);
        ep->setValue(start - 1);
        ep->setValue(start);
        ep->setSliderDown(false);
        QCOMPARE(stack->count(), 0);
        QVERIFY(!window.isWindowModified());

        ep->setSliderDown(true);
        ep->setValue(start - 1);
        ep->setSliderDown(false);
        ep->setSliderDown(true);
        ep->setValue(start - 2);
        ep->setSliderDown(false);
        QCOMPARE(stack->count(), 2);

        ep->setSliderDown(true);
        ep->setValue(start - 3);
        QTest::keyClick(tp, Qt::Key_Right);  // another parameter while EP is held
        ep->setValue(start - 4);
        ep->setSliderDown(false);
        QCOMPARE(stack->count(), 5);

        // Keyboard steps are one step each.
        QTest::keyClick(ep, Qt::Key_Right);
        QTest::keyClick(ep, Qt::Key_Right);
        QCOMPARE(stack->count(), 7);
    }

    // Every editor of the Parameters dock records its edit.
    void formEdit_undoRedo_data()
    {
        QTest::addColumn<QString>("what");
        QTest::newRow("GPU memory (spin box)") << QStringLiteral("memory");
        QTest::newRow("gated FFN (check box)") << QStringLiteral("gated");
        QTest::newRow("placement (combo)") << QStringLiteral("placement");
        QTest::newRow("mode (combo)") << QStringLiteral("mode");
        QTest::newRow("batch (spin box of a slider)") << QStringLiteral("batch");
    }
    void formEdit_undoRedo()
    {
        QFETCH(QString, what);
        MainWindow window(test::builtin("seed"));
        const Snapshot before = snapshot(window);
        std::function<bool(const Profile&)> edited;
        if (what == QStringLiteral("memory")) {
            auto* spin = byToolTip<QDoubleSpinBox>(window, QStringLiteral("Memory capacity per GPU"));
            QVERIFY(spin);
            spin->setValue(80);
            edited = [](const Profile& p) { return p.cluster.gpu.memoryGiB == 80; };
        } else if (what == QStringLiteral("gated")) {
            auto* box = byToolTip<QCheckBox>(window, QStringLiteral("Three matrices (SwiGLU) instead of two"));
            QVERIFY(box);
            box->click();
            edited = [](const Profile& p) { return p.model.gatedFfn; };
        } else if (what == QStringLiteral("placement")) {
            auto* combo = byToolTip<QComboBox>(window, QStringLiteral("How experts are laid out over the EP ranks"));
            QVERIFY(combo);
            combo->setCurrentIndex(1);
            Q_EMIT combo->activated(1);
            edited = [](const Profile& p) { return p.strategy.placement == PlacementPolicy::RoundRobin; };
        } else if (what == QStringLiteral("mode")) {
            auto* combo = byToolTip<QComboBox>(window, kModeTip);
            QVERIFY(combo);
            combo->setCurrentIndex(2);
            Q_EMIT combo->activated(2);
            edited = [](const Profile& p) { return p.workload.mode == Mode::Decode; };
        } else {
            window.parametersDock()->slider(Parameter::Batch)->spinBox()->setValue(256);
            edited = [](const Profile& p) { return p.workload.batch == 256; };
        }
        QVERIFY(edited(window.state().profile()));
        QCOMPARE(window.state().undoStack()->count(), 1);
        QVERIFY(window.isWindowModified());
        checkEvaluationFollows(window);
        const Snapshot after = snapshot(window);

        window.state().undoStack()->undo();
        QVERIFY(!edited(window.state().profile()));
        QCOMPARE(snapshot(window), before);
        QVERIFY(!window.isWindowModified());
        checkEvaluationFollows(window);
        window.state().undoStack()->redo();
        QCOMPARE(snapshot(window), after);
    }

    // Choosing what is already there records nothing.
    void noChange_recordsNothing()
    {
        MainWindow window(test::builtin("seed"));
        auto* mode = byToolTip<QComboBox>(window, kModeTip);
        QVERIFY(mode);
        Q_EMIT mode->activated(mode->currentIndex());
        window.state().setStrategy(window.state().profile().strategy, QStringLiteral("same"));
        QCOMPARE(window.state().undoStack()->count(), 0);
    }

    // A change from elsewhere (a search result applied, a script) is undoable too.
    void programmaticEdit_isUndoable()
    {
        MainWindow window(test::builtin("seed"));
        const Snapshot before = snapshot(window);
        Profile edited = window.state().profile();
        edited.strategy.ep = 8;
        edited.workload.batch = 256;
        window.state().setProfile(edited, QStringLiteral("Apply search result"));
        QCOMPARE(window.parametersDock()->slider(Parameter::Ep)->value(), qint64(8));
        QVERIFY(window.isWindowModified());
        QCOMPARE(window.state().undoStack()->undoText(), QStringLiteral("Apply search result"));
        checkEvaluationFollows(window);
        window.state().undoStack()->undo();
        QCOMPARE(snapshot(window), before);
        QCOMPARE(window.parametersDock()->slider(Parameter::Ep)->value(), qint64(32));
    }

    // The saved state is the clean state: undo past a save marks the window modified.
    void save_isCleanState()
    {
        QTemporaryDir dir;
        test::PromptLog log;
        MainWindow window(test::builtin("seed"));
        window.setPrompts(std::make_unique<test::RecordingPrompts>(log));
        QSlider* ep = window.parametersDock()->slider(Parameter::Ep)->slider();
        QTest::keyClick(ep, Qt::Key_Left);
        QVERIFY(window.document()->saveAs(dir.filePath(QStringLiteral("saved.moeprofile.json"))));
        QVERIFY(!window.isWindowModified());
        window.state().undoStack()->undo();
        QVERIFY(window.isWindowModified());
        window.state().undoStack()->redo();
        QVERIFY(!window.isWindowModified());
        QTest::keyClick(ep, Qt::Key_Left);
        QVERIFY(window.isWindowModified());
        // Opening a profile starts a new history.
        QVERIFY(window.document()->openFile(dir.filePath(QStringLiteral("saved.moeprofile.json"))) == false);
        QCOMPARE(log.saveQuestions, 1);  // the default answer, Cancel
        log.saveChoice = UserPrompts::SaveChoice::Discard;
        QVERIFY(window.document()->openFile(dir.filePath(QStringLiteral("saved.moeprofile.json"))));
        QCOMPARE(window.state().undoStack()->count(), 0);
        QVERIFY(!window.state().undoStack()->canUndo());
        QVERIFY(!window.isWindowModified());
    }

    void undoHistory_listsEditsAndGoesBack()
    {
        MainWindow window(test::builtin("seed"));
        const Snapshot before = snapshot(window);
        QSlider* ep = window.parametersDock()->slider(Parameter::Ep)->slider();
        QTest::keyClick(ep, Qt::Key_Left);
        QTest::keyClick(ep, Qt::Key_Left);
        QUndoView* view = window.undoHistoryDock()->view();
        QCOMPARE(view->model()->rowCount(), 3);  // the opened state and two edits
        QCOMPARE(view->model()->index(1, 0).data().toString(), QStringLiteral("Set EP to 16"));
        QCOMPARE(view->model()->index(2, 0).data().toString(), QStringLiteral("Set EP to 8"));
        view->setCurrentIndex(view->model()->index(0, 0));
        QCOMPARE(window.state().undoStack()->index(), 0);
        QCOMPARE(snapshot(window), before);
        // Edit > Undo History shows the dock.
        QAction* history = window.undoHistoryDock()->toggleViewAction();
        QCOMPARE(history->shortcut(), QKeySequence(QStringLiteral("Ctrl+3")));
    }

    void editMenu_shortcuts()
    {
        MainWindow window(test::builtin("seed"));
        auto* undo = window.findChild<QAction*>(QStringLiteral("UndoAction"));
        auto* redo = window.findChild<QAction*>(QStringLiteral("RedoAction"));
        QVERIFY(undo && redo);
        QCOMPARE(undo->shortcut(), QKeySequence(QKeySequence::Undo));
        QVERIFY(redo->shortcuts().contains(QKeySequence(QStringLiteral("Ctrl+Shift+Z"))));
        QVERIFY(redo->shortcuts().contains(QKeySequence(QStringLiteral("Ctrl+Y"))));
        QVERIFY(!undo->isEnabled());
        QTest::keyClick(window.parametersDock()->slider(Parameter::Ep)->slider(), Qt::Key_Left);
        QVERIFY(undo->isEnabled());
        QVERIFY(undo->text().contains(QStringLiteral("Set EP to 16")));
    }

private:
    test::IsolatedSettings m_settings;  // before any window reads or writes settings
};

QTEST_MAIN(TestUndo)
#include "tst_undo.moc"

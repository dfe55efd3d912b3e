// The profile form's precision choices: the FP8 scaling recipe (model.precision.fp8_recipe)
// in the Model group and Adam's moment type (workload.training.adam_moments) in the
// Workload group. Each shows what the profile states and each choice is one undo step
// that the model sees.

#include <QComboBox>
#include <QToolButton>
#include <QTest>
#include <QUndoStack>

#include "document/explorerstate.h"
#include "shots.h"
#include "widgets/collapsiblesection.h"
#include "isolatedsettings.h"
#include "model/evaluation.h"
#include "testprofiles.h"
#include "window/mainwindow.h"
#include "window/parametersdock.h"
#include "window/profileform.h"

using namespace moe;
using namespace moe::ui;

namespace {

QComboBox* choice(MainWindow& window, const char* label)
{
    return qobject_cast<QComboBox*>(window.parametersDock()->profileForm()->editor(QString::fromLatin1(label)));
}

// Picks `index` as a user does: the combo box reports it activated.
void choose(QComboBox* box, int index)
{
    box->setCurrentIndex(index);
    Q_EMIT box->activated(index);
}

} // namespace

class TestPrecisionForm : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_settings.isValid()); }

    // DeepSeek-V3's training built-in keeps the moments in BF16 (report section 3.3.3):
    // 4 + 2 x 2 = 8 bytes of state per parameter. Choosing FP32 makes it 12, so the
    // optimizer's memory grows by half; undo brings BF16 back.
    void adamMoments_shownAndChangedAsOneUndoStep()
    {
        MainWindow window(test::builtin("deepseek-v3-training-h800"));
        QComboBox* moments = choice(window, "Adam moments");
        QVERIFY(moments);
        QCOMPARE(moments->currentText(), QStringLiteral("BF16"));
        const double bf16 = evaluate(window.state().profile()).memory.optimizer;

        QUndoStack* undo = window.state().undoStack();
        const int steps = undo->count();
        choose(moments, 0);
        QCOMPARE(undo->count(), steps + 1);
        QCOMPARE(window.state().profile().workload.training.adamMoments, DataType::Fp32);
        QCOMPARE(evaluate(window.state().profile()).memory.optimizer, bf16 * 12 / 8);
        undo->undo();
        QCOMPARE(moments->currentText(), QStringLiteral("BF16"));
        QCOMPARE(window.state().profile().workload.training.adamMoments, DataType::Bf16);
    }

    // The same built-in scales its FP8 GEMM inputs per block, as DeepSeek trained. With
    // BF16 activations (the built-in's are FP8 already, so nothing is cast) current
    // scaling adds an amax pass over every cast's input, so its step is slower than
    // delayed scaling's; each choice is one undo step.
    void fp8Recipe_shownAndChangedAsOneUndoStep()
    {
        Profile deepSeek = test::builtin("deepseek-v3-training-h800");
        deepSeek.model.activationBytes = 2;
        MainWindow window(deepSeek);
        QComboBox* recipe = choice(window, "FP8 scaling");
        QVERIFY(recipe);
        QCOMPARE(recipe->currentText(), QStringLiteral("blockwise"));
        const double blockwise = evaluate(window.state().profile()).time.total;

        QUndoStack* undo = window.state().undoStack();
        const int steps = undo->count();
        choose(recipe, 1);
        QCOMPARE(undo->count(), steps + 1);
        QCOMPARE(window.state().profile().model.precision.fp8Recipe, Fp8Recipe::Tensorwise);
        const double tensorwise = evaluate(window.state().profile()).time.total;
        QVERIFY(tensorwise != blockwise);
        undo->undo();
        QCOMPARE(recipe->currentText(), QStringLiteral("blockwise"));
        choose(recipe, 0);
        QCOMPARE(window.state().profile().model.precision.fp8Recipe, Fp8Recipe::Delayed);
        QVERIFY(evaluate(window.state().profile()).time.total < tensorwise);
        undo->undo();
        QCOMPARE(recipe->currentText(), QStringLiteral("blockwise"));

        // The longest choice, "current (tensorwise)", shows whole in the dock's width.
        QWidget* dock = window.parametersDock();
        for (CollapsibleSection* section : dock->findChildren<CollapsibleSection*>()) {
            section->setExpanded(section->header()->text() == QStringLiteral("Model"));
        }
        window.resize(1366, 1100);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY2(recipe->width() >= recipe->sizeHint().width(),
                 qPrintable(QStringLiteral("%1 of %2 px").arg(recipe->width()).arg(recipe->sizeHint().width())));
        test::saveShot(*dock, QStringLiteral("precision-form.png"));
    }

private:
    test::IsolatedSettings m_settings;
};

QTEST_MAIN(TestPrecisionForm)
#include "tst_precisionform.moc"

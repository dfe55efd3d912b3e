// The Workload group's recomputed modules (workload.training.recompute_modules): one
// check box per Megatron-Core module, checked as the profile lists them (Megatron's
// default, the attention core, when it lists none), usable only with selective
// recomputation, "mla_up_proj" only on an MLA model; each toggle is one undo step.

#include <QCheckBox>
#include <QToolButton>
#include <QTest>
#include <QUndoStack>

#include "document/explorerstate.h"
#include "isolatedsettings.h"
#include "model/evaluation.h"
#include "shots.h"
#include "testprofiles.h"
#include "widgets/collapsiblesection.h"
#include "window/mainwindow.h"
#include "window/parametersdock.h"
#include "window/profileform.h"

using namespace moe;
using namespace moe::ui;

namespace {

QCheckBox* moduleBox(ProfileForm* form, const char* name)
{
    QWidget* row = form->editor(QStringLiteral("Recomputed modules"));
    if (!row) {
        return nullptr;
    }
    for (QCheckBox* box : row->findChildren<QCheckBox*>()) {
        if (box->text() == QLatin1String(name)) {
            return box;
        }
    }
    return nullptr;
}

} // namespace

class TestRecomputeModulesForm : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_settings.isValid()); }

    // DeepSeek-V3's built-in recomputes its RMSNorms and MLA up-projections (report
    // section 3.2.3) and its MoE SwiGLU outputs (section 3.3.3); adding the shared
    // experts keeps less in memory.
    void deepSeek_checkedAsListed_toggleIsOneUndoStep()
    {
        MainWindow window(test::builtin("deepseek-v3-training-h800"));
        ProfileForm* form = window.parametersDock()->profileForm();
        for (const char* name : {"core_attn", "layernorm", "mla_up_proj", "mlp", "moe_act", "shared_experts"}) {
            QVERIFY2(moduleBox(form, name) && moduleBox(form, name)->isEnabled(), name);
        }
        QVERIFY(!moduleBox(form, "core_attn")->isChecked());
        QVERIFY(moduleBox(form, "layernorm")->isChecked());
        QVERIFY(moduleBox(form, "mla_up_proj")->isChecked());
        QVERIFY(moduleBox(form, "moe_act")->isChecked());
        QVERIFY(!moduleBox(form, "shared_experts")->isChecked());

        const double before = evaluate(window.state().profile()).memory.activations;
        QUndoStack* undo = window.state().undoStack();
        moduleBox(form, "shared_experts")->click();
        QCOMPARE(undo->count(), 1);
        QCOMPARE(undo->text(0), QStringLiteral("Set Recomputed modules to shared_experts on"));
        const auto& modules = window.state().profile().workload.training.recomputeModules;
        QVERIFY(modules && modules->size() == 4 && modules->back() == RecomputeModule::SharedExperts);
        QVERIFY(evaluate(window.state().profile()).memory.activations < before);
        undo->undo();
        QVERIFY(!moduleBox(form, "shared_experts")->isChecked());
        QCOMPARE(window.state().profile().workload.training.recomputeModules->size(), std::size_t(3));
        QWidget* dock = window.parametersDock();
        for (CollapsibleSection* section : dock->findChildren<CollapsibleSection*>()) {
            section->setExpanded(section->header()->text() == QStringLiteral("Workload and limits"));
        }
        window.resize(1366, 1100);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        // Every module's name shows whole in the dock's width.
        for (QCheckBox* box : form->editor(QStringLiteral("Recomputed modules"))->findChildren<QCheckBox*>()) {
            QVERIFY2(box->width() >= box->sizeHint().width(), qPrintable(box->text()));
        }
        test::saveShot(*dock, QStringLiteral("recompute-modules.png"));
    }

    // Without selective recomputation the boxes show Megatron's default and cannot be
    // changed; on a model without MLA, "mla_up_proj" never can.
    void seed_greyedOutsideSelective()
    {
        Profile seed = test::builtin("seed");
        seed.workload.mode = Mode::Training;
        MainWindow window(seed);
        ProfileForm* form = window.parametersDock()->profileForm();
        QVERIFY(seed.workload.training.recompute == Recompute::None);
        QVERIFY(moduleBox(form, "core_attn")->isChecked());
        QVERIFY(!moduleBox(form, "core_attn")->isEnabled());
        seed.workload.training.recompute = Recompute::Selective;
        window.state().setProfile(seed, QStringLiteral("selective"));
        QVERIFY(moduleBox(form, "core_attn")->isEnabled());
        QVERIFY(!moduleBox(form, "mla_up_proj")->isEnabled());
    }

private:
    test::IsolatedSettings m_settings;
};

QTEST_MAIN(TestRecomputeModulesForm)
#include "tst_recomputemodulesform.moc"

// File > New Profile (issue 13, point 4 in the window): a model from the library or a
// config.json, a system, a GPU count and a workload make a new untitled document that
// asks to be saved. Expected figures come from the published model cards and the
// systems library's datasheet figures, never from the dialog's own output.

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

#include <cmath>

#include "document/documentcontroller.h"
#include "document/explorerstate.h"
#include "document/newprofiledialog.h"
#include "isolatedsettings.h"
#include "model/architecture.h"
#include "profile/models.h"
#include "profile/profileio.h"
#include "profile/systems.h"
#include "recordingprompts.h"
#include "shots.h"
#include "testprofiles.h"
#include "widgets/systemcombobox.h"
#include "window/mainwindow.h"

using namespace moe;
using namespace moe::ui;

namespace {

QString hfConfig(const char* name)
{
    return QDir(QStringLiteral(MOE_HFCONFIG_DIR)).filePath(QString::fromLatin1(name));
}

// Within `share` of a published figure.
bool near(double value, double published, double share)
{
    return std::abs(value / published - 1) <= share;
}

void chooseSystem(NewProfileDialog& dialog, const QString& id)
{
    SystemComboBox* box = dialog.systemBox();
    const int index = box->findData(id);
    QVERIFY2(index >= 0, qPrintable(id));
    box->setCurrentIndex(index);
}

void chooseMode(NewProfileDialog& dialog, const QString& mode)
{
    const int index = dialog.modeBox()->findText(mode);
    QVERIFY(index >= 0);
    dialog.modeBox()->setCurrentIndex(index);
}

} // namespace

class TestNewProfile : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_settings.isValid());
        // No user systems of the person running the tests.
        QVERIFY(m_data.isValid());
        qputenv("XDG_DATA_HOME", m_data.path().toLocal8Bit());
    }

    // The "done when": Qwen3-235B on 16 GB200 without typing a hardware number.
    void qwen3OnSixteenGb200()
    {
        NewProfileDialog dialog;
        QVERIFY(dialog.selectModel(QStringLiteral("qwen3-235b-a22b")));
        chooseSystem(dialog, QStringLiteral("gb200-nvl72"));
        dialog.gpuBox()->setValue(16);
        chooseMode(dialog, QStringLiteral("decode"));
        QVERIFY(dialog.createButton()->isEnabled());
        QVERIFY(dialog.profile().has_value());
        const Profile& p = *dialog.profile();
        QCOMPARE(p.cluster.system, std::string("gb200-nvl72"));
        QCOMPARE(p.cluster.gpuCount, std::int64_t{16});
        QCOMPARE(p.model.preset, std::string("qwen3-235b-a22b"));
        // docs/systems.md, gb200-nvl72: 4 GPUs per tray, 72 in one NVLink domain, 186 GB
        // (173.2 GiB) of HBM each, from NVIDIA's GB200 NVL72 datasheet.
        QCOMPARE(p.cluster.gpusPerNode, std::int64_t{4});
        QCOMPARE(p.cluster.scaleUpDomain, std::int64_t{72});
        QVERIFY(std::abs(p.cluster.gpu.memoryGiB - 186e9 / (1024.0 * 1024 * 1024)) < 0.05);
        // The Qwen3-235B-A22B model card: 235B parameters, 22B activated (within 1%).
        const Architecture a = describeArchitecture(p.model);
        QVERIFY(near(a.totalParams, 235e9, 0.01));
        QVERIFY(near(a.activeParamsPerToken, 22e9, 0.01));
        // Decode starts at 16 sequences per GPU (builtin:qwen3-235b-a22b-h100: 128 on 8
        // GPUs), so 16 x 16 = 256, with 4096 tokens cached.
        QCOMPARE(p.workload.mode, Mode::Decode);
        QCOMPARE(p.workload.batch, std::int64_t{256});
        QCOMPARE(p.workload.seqLen, std::int64_t{4096});
        // One replica per GPU; 128 experts over gcd(16, 128) = 16 GPUs.
        QCOMPARE(p.strategy.dp, std::int64_t{16});
        QCOMPARE(p.strategy.ep, std::int64_t{16});
        QCOMPARE(p.strategy.tp, std::int64_t{1});
        QCOMPARE(dialog.nameEdit()->text(), QStringLiteral("Qwen3-235B-A22B on 16 × gb200-nvl72, decode"));
        // The file follows the libraries: it names them instead of repeating their figures.
        const nlohmann::json file = profileToJson(p);
        QVERIFY(!file["cluster"].contains("gpu"));
        QVERIFY(!file["model"].contains("hidden"));
        // And it reads back as the same profile.
        const LoadResult again = parseProfile(serializeProfile(p), "again");
        QVERIFY(again.ok());
        QCOMPARE(serializeProfile(*again.profile), serializeProfile(p));
        dialog.show();
        test::saveShot(dialog, QStringLiteral("new-profile-dialog.png"));
    }

    // Another workload or GPU count starts the batch again from its default; a name the
    // user typed stays.
    void workloadDefaultsFollowTheChoices()
    {
        NewProfileDialog dialog;
        QVERIFY(dialog.selectModel(QStringLiteral("mixtral-8x7b")));
        chooseSystem(dialog, QStringLiteral("dgx-h100"));
        dialog.gpuBox()->setValue(32);
        chooseMode(dialog, QStringLiteral("training"));
        // Training: one 4096-token sequence per GPU.
        QCOMPARE(dialog.batchBox()->value(), 32);
        QCOMPARE(dialog.sequenceBox()->value(), 4096);
        QCOMPARE(dialog.profile()->workload.mode, Mode::Training);
        // Mixtral's 8 experts over gcd(32, 8) = 8 GPUs.
        QCOMPARE(dialog.profile()->strategy.ep, std::int64_t{8});
        dialog.batchBox()->setValue(64);
        QCOMPARE(dialog.profile()->workload.batch, std::int64_t{64});
        QTest::keyClicks(dialog.nameEdit(), QStringLiteral(" (mine)"));
        const QString typed = dialog.nameEdit()->text();
        chooseMode(dialog, QStringLiteral("prefill"));
        QCOMPARE(dialog.batchBox()->value(), 32);
        QCOMPARE(dialog.nameEdit()->text(), typed);
        QCOMPARE(dialog.profile()->name, typed.toStdString());
    }

    // A config.json gives the library's model (the file is DeepSeek-V3's published config).
    void configFileImports()
    {
        NewProfileDialog dialog;
        dialog.selectConfigFile(hfConfig("deepseek-v3.json"));
        chooseSystem(dialog, QStringLiteral("dgx-h200"));
        QVERIFY2(dialog.profile().has_value(), qPrintable(dialog.message()));
        Model expected = findModel("deepseek-v3")->model;
        Model imported = dialog.profile()->model;
        imported.preset.clear();
        QVERIFY(imported == expected);
        // DeepSeek-V3 technical report: 671B total, 37B activated per token.
        QVERIFY(near(describeArchitecture(imported).totalParams, 671e9, 0.005));
        QVERIFY(dialog.message().contains(QStringLiteral("DeepseekV3ForCausalLM")));
    }

    // A file that is not a config.json: nothing to create, and the message says where.
    void badConfigFileIsReported()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("config.json"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{\n  \"architectures\": [\"MixtralForCausalLM\"],\n  \"hidden_size\": oops\n}\n");
        file.close();
        NewProfileDialog dialog;
        dialog.selectConfigFile(path);
        QVERIFY(!dialog.profile().has_value());
        QVERIFY(!dialog.createButton()->isEnabled());
        QVERIFY2(dialog.message().contains(QStringLiteral("config.json")), qPrintable(dialog.message()));
        QVERIFY2(dialog.message().contains(QStringLiteral("line 3")), qPrintable(dialog.message()));
        // Back to a library model: it can be created again.
        QVERIFY(dialog.selectModel(QStringLiteral("mixtral-8x7b")));
        QVERIFY(dialog.createButton()->isEnabled());
    }

    // The new profile opens as an untitled document with unsaved changes: closing it
    // asks, and Save asks for a file.
    void opensAsUnsavedUntitledDocument()
    {
        test::PromptLog log;
        MainWindow window(test::builtin("seed"), QStringLiteral("builtin:seed"));
        window.setPrompts(std::make_unique<test::RecordingPrompts>(log));
        NewProfileDialog dialog;
        QVERIFY(dialog.selectModel(QStringLiteral("mixtral-8x7b")));
        log.newProfile = dialog.profile();
        auto* action = window.findChild<QAction*>(QStringLiteral("NewProfileAction"));
        QVERIFY(action != nullptr);
        action->trigger();
        QCOMPARE(log.newProfileQuestions, 1);
        QCOMPARE(window.state().profile().model.preset, std::string("mixtral-8x7b"));
        QVERIFY(window.document()->location().isEmpty());
        QVERIFY(window.state().isModified());
        QVERIFY(window.isWindowModified());
        QVERIFY(window.windowTitle().startsWith(dialog.nameEdit()->text()));
        QCOMPARE(window.state().undoStack()->count(), 0);
        // An edit and its undo do not make it "saved".
        Profile edited = window.state().profile();
        edited.workload.seqLen = 2048;
        window.state().setProfile(edited, QStringLiteral("edit"));
        window.state().undoStack()->undo();
        QVERIFY(window.state().isModified());
        // Closing asks to save; Cancel keeps the window open.
        log.saveChoice = UserPrompts::SaveChoice::Cancel;
        QVERIFY(!window.close());
        QCOMPARE(log.saveQuestions, 1);
        // Save asks for a file (none given here: nothing is written).
        QVERIFY(!window.document()->save());
        QCOMPARE(log.saveAsQuestions, 1);
        // Cancelling the dialog changes nothing.
        log.newProfile.reset();
        const std::string before = serializeProfile(window.state().profile());
        action->trigger();
        QCOMPARE(serializeProfile(window.state().profile()), before);
        log.saveChoice = UserPrompts::SaveChoice::Discard;
    }

    // The menu shows the real dialog; Create opens what it shows.
    void menuShowsTheDialog()
    {
        MainWindow window(test::builtin("seed"), QStringLiteral("builtin:seed"));
        bool seen = false;
        QTimer::singleShot(0, &window, [&] {
            auto* dialog = qobject_cast<NewProfileDialog*>(QApplication::activeModalWidget());
            QVERIFY(dialog != nullptr);
            seen = true;
            QVERIFY(dialog->selectModel(QStringLiteral("llama3.1-8b")));
            dialog->createButton()->click();
        });
        window.findChild<QAction*>(QStringLiteral("NewProfileAction"))->trigger();
        QVERIFY(seen);
        QCOMPARE(window.state().profile().model.preset, std::string("llama3.1-8b"));
        QVERIFY(window.state().isModified());
        // Discard on close, so the test does not wait on a question.
        window.setPrompts(std::make_unique<test::RecordingPrompts>(m_log));
        m_log.saveChoice = UserPrompts::SaveChoice::Discard;
    }

private:
    test::IsolatedSettings m_settings;
    QTemporaryDir m_data;
    test::PromptLog m_log;
};

QTEST_MAIN(TestNewProfile)
#include "tst_newprofile.moc"

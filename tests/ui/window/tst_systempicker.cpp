// The Cluster group's system picker (issue 13, point 5): choosing a system sets
// cluster.system and the fields it sets, which are then greyed out and name the
// system; Custom makes them the profile's own again. One undo step per pick. Expected
// figures are the datasheet values docs/systems.md cites.

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QDoubleSpinBox>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QLocale>
#include <QTest>
#include <QToolButton>
#include <QUndoStack>

#include "document/explorerstate.h"
#include "isolatedsettings.h"
#include "profile/profileio.h"
#include "profile/systems.h"
#include "profile/usersystems.h"
#include "recordingprompts.h"
#include "shots.h"
#include "testprofiles.h"
#include "widgets/collapsiblesection.h"
#include "widgets/systemcombobox.h"
#include "window/mainwindow.h"
#include "window/parametersdock.h"
#include "window/profileform.h"

using namespace moe;
using namespace moe::ui;

namespace {

// Picks `id` as a user would: the item, then the combo box's activated().
void pick(SystemComboBox* box, const QString& id)
{
    const int index = box->findData(id);
    QVERIFY2(index >= 0, qPrintable(id));
    box->setCurrentIndex(index);
    Q_EMIT box->activated(index);
}

} // namespace

class TestSystemPicker : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_settings.isValid());
        QVERIFY(m_data.isValid());
        qputenv("XDG_DATA_HOME", m_data.path().toLocal8Bit());
    }

    void pickingASystemGreysItsFields()
    {
        MainWindow window(test::builtin("seed"), QStringLiteral("builtin:seed"));
        window.setPrompts(std::make_unique<test::RecordingPrompts>(m_log));
        ProfileForm* form = window.parametersDock()->profileForm();
        SystemComboBox* box = form->systemBox();
        // The seed gives its own figures: Custom, every field editable.
        QVERIFY(box->systemId().isEmpty());
        QWidget* memory = form->editor(QStringLiteral("GPU memory"));
        QWidget* gpus = form->editor(QStringLiteral("GPUs"));
        QWidget* compute = form->editor(QStringLiteral("Compute efficiency"));
        QVERIFY(memory && gpus && compute);
        QVERIFY(memory->isEnabled() && compute->isEnabled());
        const std::string seed = serializeProfile(window.state().profile());
        const std::int64_t gpuCount = window.state().profile().cluster.gpuCount;
        QUndoStack* undo = window.state().undoStack();

        pick(box, QStringLiteral("dgx-h100"));
        QCOMPARE(undo->count(), 1);
        QCOMPARE(undo->text(0), QStringLiteral("Set system to dgx-h100"));
        const Profile& p = window.state().profile();
        QCOMPARE(p.cluster.system, std::string("dgx-h100"));
        QCOMPARE(p.cluster.gpuCount, gpuCount);  // the GPU count is the profile's
        // NVIDIA H100 datasheet (SXM5), as docs/systems.md cites it: 80 GiB at 3,350 GB/s,
        // 989 TFLOP/s dense BF16; DGX H100: 8 GPUs, NVLink 4 at 450 GB/s each way.
        QCOMPARE(p.cluster.gpu.memoryGiB, 80.0);
        QCOMPARE(p.cluster.gpu.hbmGBps, 3350.0);
        QCOMPARE(p.cluster.gpu.peakFor(DataType::Bf16), 989.0);
        QCOMPARE(p.cluster.gpusPerNode, std::int64_t{8});
        QCOMPARE(p.cluster.intraNode.bandwidthGBps, 450.0);
        QCOMPARE(qobject_cast<QDoubleSpinBox*>(memory)->value(), 80.0);
        // Set by the system: greyed text, still editable, and the tooltip says by which.
        QVERIFY(memory->isEnabled());
        QCOMPARE(memory->palette().color(QPalette::Active, QPalette::Text),
                 memory->palette().color(QPalette::Disabled, QPalette::Text));
        QVERIFY(memory->toolTip().contains(QStringLiteral("Set by system dgx-h100")));
        QVERIFY(!compute->isEnabled());  // the flat efficiencies give way to the kernel model
        QVERIFY(gpus->isEnabled());
        QVERIFY(form->editor(QStringLiteral("Runtime reserve"))->isEnabled());
        // The file names the system instead of repeating it.
        const nlohmann::json file = profileToJson(p);
        QCOMPARE(file["cluster"]["system"].get<std::string>(), std::string("dgx-h100"));
        QVERIFY(!file["cluster"].contains("gpu"));
        QVERIFY(!file["cluster"].contains("efficiency"));
        QVERIFY(parseProfile(serializeProfile(p), "again").ok());

        QWidget* dock = window.parametersDock();
        for (CollapsibleSection* section : dock->findChildren<CollapsibleSection*>()) {
            section->setExpanded(section->header()->text() == QStringLiteral("Cluster"));
        }
        window.resize(1500, 1100);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        test::saveShot(*dock, QStringLiteral("system-picker.png"));

        // Undo is one step back to the seed as it was.
        undo->undo();
        QCOMPARE(serializeProfile(window.state().profile()), seed);
        QVERIFY(box->systemId().isEmpty());
        QVERIFY(memory->isEnabled());
        undo->redo();
        QCOMPARE(box->systemId(), QStringLiteral("dgx-h100"));

        // Another system: one more step, its own figures (DGX H200: 141 GB).
        pick(box, QStringLiteral("dgx-h200"));
        QCOMPARE(undo->count(), 2);
        QVERIFY(window.state().profile().cluster.gpu.memoryGiB > 130);
        QVERIFY(!profileToJson(window.state().profile())["cluster"].contains("gpu"));

        // Custom: the values stay, as the profile's own, editable, without the kernel model.
        const double memoryBefore = window.state().profile().cluster.gpu.memoryGiB;
        pick(box, QString());
        QCOMPARE(undo->count(), 3);
        QCOMPARE(undo->text(2), QStringLiteral("Set system to custom"));
        const Profile& custom = window.state().profile();
        QVERIFY(custom.cluster.system.empty());
        QVERIFY(!custom.cluster.kernels.has_value());
        QCOMPARE(custom.cluster.gpu.memoryGiB, memoryBefore);
        QVERIFY(memory->isEnabled() && compute->isEnabled());
        const LoadResult again = parseProfile(serializeProfile(custom), "again");
        QVERIFY(again.ok());
        QCOMPARE(again.profile->cluster.gpu.memoryGiB, memoryBefore);

        // The same choice again records nothing.
        pick(box, QString());
        QCOMPARE(undo->count(), 3);
        m_log.saveChoice = UserPrompts::SaveChoice::Discard;
    }

    // A profile that overrides a system's value: that field stays editable and says so.
    void overridesStayEditable()
    {
        MainWindow window(test::builtin("seed"), QStringLiteral("builtin:seed"));
        window.setPrompts(std::make_unique<test::RecordingPrompts>(m_log));
        ProfileForm* form = window.parametersDock()->profileForm();
        pick(form->systemBox(), QStringLiteral("dgx-h100"));
        Profile edited = window.state().profile();
        edited.cluster.gpu.memoryGiB = 64;
        window.state().setProfile(edited, QStringLiteral("override"));
        QWidget* memory = form->editor(QStringLiteral("GPU memory"));
        QVERIFY(memory->isEnabled());
        QVERIFY2(memory->toolTip().contains(QStringLiteral("Overrides system dgx-h100, which sets 80")),
                 qPrintable(memory->toolTip()));
        QWidget* hbm = form->editor(QStringLiteral("HBM bandwidth"));  // still the system's: greyed
        QCOMPARE(hbm->palette().color(QPalette::Active, QPalette::Text), hbm->palette().color(QPalette::Disabled, QPalette::Text));
        QVERIFY(memory->palette().color(QPalette::Active, QPalette::Text) != memory->palette().color(QPalette::Disabled, QPalette::Text));
        QCOMPARE(profileToJson(window.state().profile())["cluster"]["gpu"]["memory_gib"].get<double>(), 64.0);
        m_log.saveChoice = UserPrompts::SaveChoice::Discard;
    }

    // Issue 13, point 5: typing into a field the system sets overrides it, visibly: the
    // profile keeps the system and holds the typed value, which the file writes; the
    // field reads as the profile's own and says what it replaces; one undo step.
    void typingOverridesTheSystem()
    {
        MainWindow window(test::builtin("seed"), QStringLiteral("builtin:seed"));
        window.setPrompts(std::make_unique<test::RecordingPrompts>(m_log));
        ProfileForm* form = window.parametersDock()->profileForm();
        pick(form->systemBox(), QStringLiteral("dgx-h100"));
        auto* memory = qobject_cast<QDoubleSpinBox*>(form->editor(QStringLiteral("GPU memory")));
        QVERIFY(memory && memory->isEnabled());
        const QColor greyed = memory->palette().color(QPalette::Disabled, QPalette::Text);
        QCOMPARE(memory->palette().color(QPalette::Active, QPalette::Text), greyed);
        const int steps = window.state().undoStack()->count();
        memory->setValue(64);
        const Profile& p = window.state().profile();
        QCOMPARE(p.cluster.system, std::string("dgx-h100"));
        QCOMPARE(p.cluster.gpu.memoryGiB, 64.0);
        QCOMPARE(p.cluster.gpu.hbmGBps, 3350.0);  // the rest stays the system's
        QCOMPARE(window.state().undoStack()->count(), steps + 1);
        QVERIFY(memory->palette().color(QPalette::Active, QPalette::Text) != greyed);
        QVERIFY2(memory->toolTip().contains(QStringLiteral("Overrides system dgx-h100, which sets 80")),
                 qPrintable(memory->toolTip()));
        QCOMPARE(profileToJson(p)["cluster"]["gpu"]["memory_gib"].get<double>(), 64.0);
        m_log.saveChoice = UserPrompts::SaveChoice::Discard;
    }

    // Calibrated user systems are offered after the built-ins, read when the list opens.
    void userSystemsAreListed()
    {
        UserSystem mine;
        mine.values = valuesOf(*findSystem("dgx-h100"));
        mine.values.id = "my-h100";
        mine.description = "test system";
        mine.calibration.date = "2026-11-29T20:00:00Z";
        mine.calibration.basedOn = "dgx-h100";
        std::string written;
        QVERIFY(!saveUserSystem(mine, written).has_value());
        // The date as the locale writes it: German short dates are dd.MM.yy (CLDR).
        QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
        SystemComboBox box(QStringLiteral("Custom"));
        QLocale::setDefault(QLocale::c());
        const int index = box.findData(QStringLiteral("my-h100"));
        QVERIFY(index > static_cast<int>(builtinSystems().size()));
        QVERIFY2(box.itemText(index).contains(QStringLiteral("calibrated 29.11.26")), qPrintable(box.itemText(index)));
        QFile::remove(QString::fromStdString(written));
        box.reload();
        QCOMPARE(box.findData(QStringLiteral("my-h100")), -1);
    }

private:
    test::IsolatedSettings m_settings;
    QTemporaryDir m_data;
    test::PromptLog m_log;
};

QTEST_MAIN(TestSystemPicker)
#include "tst_systempicker.moc"

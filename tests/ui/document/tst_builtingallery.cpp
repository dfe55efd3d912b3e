// File > New from Built-in: the gallery lists every built-in with core's figures for
// it, the source scenario first and preselected; double-click or Open chooses.

#include <QAbstractItemModelTester>
#include <QDialogButtonBox>
#include <QPushButton>
#include <QTableView>
#include <QTest>
#include <QTextBrowser>

#include <cmath>

#include "model/architecture.h"
#include "document/builtingallerydialog.h"
#include "document/builtingallerymodel.h"
#include "profile/builtins.h"
#include "document/documentcontroller.h"
#include "model/evaluation.h"
#include "document/explorerstate.h"
#include "isolatedsettings.h"
#include "window/mainwindow.h"
#include "recordingprompts.h"
#include "shots.h"
#include "base/units.h"

using namespace moe;
using namespace moe::ui;
using M = BuiltinGalleryModel;

namespace {

QString text(const QAbstractItemModel& model, int row, int column)
{
    return model.index(row, column).data().toString();
}

} // namespace

class TestBuiltinGallery : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_settings.isValid());
    }

    void model_passesTester()
    {
        BuiltinGalleryModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        model.setBuiltins(builtinProfiles());
        QCOMPARE(model.rowCount(), static_cast<int>(builtinProfiles().size()));
        QCOMPARE(model.columnCount(), static_cast<int>(M::ColumnCount));
        model.setBuiltins(builtinProfiles().first(1));
        QCOMPARE(model.rowCount(), 1);
        model.setBuiltins(builtinProfiles());
    }

    // Seed first; each row's figures are what core computes for that built-in.
    void model_seedFirst_figuresFromCore()
    {
        BuiltinGalleryModel model;
        model.setBuiltins(builtinProfiles());
        QCOMPARE(model.idAt(0), QStringLiteral("seed"));
        QCOMPARE(model.index(0, M::Name).data(M::IdRole).toString(), QStringLiteral("seed"));
        for (const BuiltinProfile& builtin : builtinProfiles()) {
            const QString id = QString::fromUtf8(builtin.id.data(), static_cast<qsizetype>(builtin.id.size()));
            const int row = model.rowOf(id);
            QVERIFY2(row >= 0, qPrintable(id));
            const LoadResult loaded = loadBuiltin(builtin.id);
            QVERIFY(loaded.ok());
            const Profile& p = *loaded.profile;
            const Evaluation ev = evaluate(p);
            const Architecture arch = describeArchitecture(p.model);
            QCOMPARE(text(model, row, M::Name), QString::fromStdString(p.name));
            QCOMPARE(text(model, row, M::Parameters), QString::fromStdString(formatCount(arch.totalParams)));
            QCOMPARE(text(model, row, M::Active), QString::fromStdString(formatCount(arch.activeParamsPerToken)));
            QCOMPARE(text(model, row, M::Layers), QString::number(p.model.layers));
            const QString experts = p.model.experts > 0 ? QString::number(p.model.experts) : QStringLiteral("dense");
            QVERIFY(text(model, row, M::Experts).startsWith(experts));
            QVERIFY(text(model, row, M::Cluster).contains(QString::number(p.cluster.gpuCount)));
            QVERIFY(text(model, row, M::Cluster).contains(QString::fromStdString(p.cluster.gpu.name)));
            QCOMPARE(text(model, row, M::Mode), QString::fromLatin1(toString(p.workload.mode)));
            QCOMPARE(text(model, row, M::StepTime), QString::fromStdString(formatSeconds(ev.time.total)));
            QCOMPARE(model.index(row, M::StepTime).data(M::ValueRole).toDouble(), ev.time.total);
            QCOMPARE(text(model, row, M::Throughput), QString::fromStdString(formatRate(ev.rates.tokensPerS)));
            QVERIFY(text(model, row, M::Memory).contains(QString::fromStdString(formatBytes(ev.memory.total()))));
            QVERIFY(text(model, row, M::Memory).contains(QString::fromStdString(formatBytes(ev.capacityBytes))));
            QCOMPARE(model.index(row, M::Verdict).data(M::PassRole).toBool(), ev.valid && ev.ok);
            QCOMPARE(text(model, row, M::Verdict).startsWith(QStringLiteral("✓")), ev.valid && ev.ok);
            QCOMPARE(model.index(row, M::Name).data(M::NotesRole).toString(), QString::fromStdString(p.notes));
        }
    }

    // Issue 13: each built-in's system and model, as the libraries name them.
    void model_showsSystemAndModel()
    {
        BuiltinGalleryModel model;
        model.setBuiltins(builtinProfiles());
        // resources/profiles/qwen3-235b-a22b-h100.moeprofile.json names model.preset
        // "qwen3-235b-a22b", which docs/models.md calls Qwen3-235B-A22B, and
        // cluster.system "dgx-h100"; the Day 6 built-ins name "hgx-h800" and
        // "deepseek-v3" (DeepSeek-V3 / R1); gpt-145b names "dgx-a100-80gb" and types its
        // 145.6B GPT, no library model (docs/profile-format.md, "Built-in profiles").
        const int qwen = model.rowOf(QStringLiteral("qwen3-235b-a22b-h100"));
        QVERIFY(qwen >= 0);
        QCOMPARE(text(model, qwen, M::ModelName), QStringLiteral("Qwen3-235B-A22B"));
        QCOMPARE(text(model, qwen, M::System), QStringLiteral("dgx-h100"));
        const int day6 = model.rowOf(QStringLiteral("deepseek-v3-day6-decode-h800"));
        QVERIFY(day6 >= 0);
        QCOMPARE(text(model, day6, M::System), QStringLiteral("hgx-h800"));
        QCOMPARE(text(model, day6, M::ModelName), QStringLiteral("DeepSeek-V3 / R1"));
        QVERIFY(model.index(day6, M::System).data(Qt::ToolTipRole).toString().contains(QStringLiteral("H800")));
        const int gpt = model.rowOf(QStringLiteral("gpt-145b"));
        QVERIFY(gpt >= 0);
        QCOMPARE(text(model, gpt, M::System), QStringLiteral("dgx-a100-80gb"));
        QCOMPARE(text(model, gpt, M::ModelName), QStringLiteral("own figures"));
        // Only the seed, the analysis document's scenario, gives its own hardware.
        for (int row = 0; row < model.rowCount(); ++row) {
            const bool isSeed = model.index(row, M::Name).data(M::IdRole).toString() == QStringLiteral("seed");
            QCOMPARE(text(model, row, M::System) == QStringLiteral("own figures"), isSeed);
        }
        const int seed = model.rowOf(QStringLiteral("seed"));
        QCOMPARE(text(model, seed, M::ModelName), QStringLiteral("own figures"));
        QCOMPARE(text(model, seed, M::System), QStringLiteral("own figures"));
        QCOMPARE(model.headerData(M::System, Qt::Horizontal).toString(), QStringLiteral("System"));
        QCOMPARE(model.headerData(M::ModelName, Qt::Horizontal).toString(), QStringLiteral("Model"));
    }

    void dialog_preselectsSeed_showsNotes()
    {
        BuiltinGalleryDialog dialog;
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QCOMPARE(dialog.selectedId(), QStringLiteral("seed"));
        auto* details = dialog.findChild<QTextBrowser*>();
        QVERIFY(details);
        QVERIFY(details->toPlainText().contains(QStringLiteral("builtin:seed")));
        QVERIFY(details->toPlainText().contains(QStringLiteral("parallel-strategy-analysis")));
        // The seed says why it keeps its own figures (docs/profile-format.md, "Built-in profiles").
        QVERIFY(details->toPlainText().contains(QStringLiteral("own hardware and model")));
        dialog.resize(1500, 620);
        test::saveShot(dialog, QStringLiteral("builtin-gallery.png"));
    }

    void dialog_doubleClickChooses()
    {
        BuiltinGalleryDialog dialog;
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QTableView* view = dialog.view();
        const QRect cell = view->visualRect(dialog.model()->index(1, M::Layers));
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, cell.center());
        QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, cell.center());
        QCOMPARE(dialog.result(), static_cast<int>(QDialog::Accepted));
        QCOMPARE(dialog.selectedId(), dialog.model()->idAt(1));
    }

    void dialog_keyboardAndOpenButton()
    {
        BuiltinGalleryDialog dialog;
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QTest::keyClick(dialog.view(), Qt::Key_Down);
        QTest::keyClick(dialog.view(), Qt::Key_Down);
        QCOMPARE(dialog.selectedId(), dialog.model()->idAt(2));
        dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Open)->click();
        QCOMPARE(dialog.result(), static_cast<int>(QDialog::Accepted));
    }

    // The window opens the chosen built-in as a new, unmodified document.
    void window_opensChosenBuiltin()
    {
        test::PromptLog log;
        MainWindow window(loadBuiltin("seed").profile.value(), QStringLiteral("builtin:seed"));
        window.setPrompts(std::make_unique<test::RecordingPrompts>(log));
        const BuiltinProfile& last = builtinProfiles().back();
        log.builtin = QString::fromUtf8(last.id.data(), static_cast<qsizetype>(last.id.size()));
        window.findChild<QAction*>(QStringLiteral("NewFromBuiltinAction"))->trigger();
        QCOMPARE(log.builtinQuestions, 1);
        QCOMPARE(window.document()->location(), QStringLiteral("builtin:") + *log.builtin);
        const LoadResult expected = loadBuiltin(last.id);
        QCOMPARE(window.state().profile().name, expected.profile->name);
        QVERIFY(window.windowTitle().contains(QString::fromStdString(expected.profile->name)));
        QVERIFY(!window.isWindowModified());
    }

private:
    test::IsolatedSettings m_settings;  // before any window reads or writes settings
};

QTEST_MAIN(TestBuiltinGallery)
#include "tst_builtingallery.moc"

// The profile as a document: opening, saving, reverting, recent files, the title and
// the unsaved-changes question. Questions are answered by RecordingPrompts; one test
// checks that the real window shows a real dialog.

#include <QAbstractButton>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMessageBox>
#include <QMimeData>
#include <QSignalSpy>
#include <QSlider>
#include <QSpinBox>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUndoStack>
#include <QUrl>

#include <csignal>
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>

#include <nlohmann/json.hpp>

#include "profile/builtins.h"
#include "document/documentcontroller.h"
#include "model/evaluation.h"
#include "document/explorerstate.h"
#include "isolatedsettings.h"
#include "window/mainwindow.h"
#include "window/parametersdock.h"
#include "window/parameterslider.h"
#include "profile/profileio.h"
#include "document/recentfilesmenu.h"
#include "recordingprompts.h"
#include "widgets/settings.h"
#include "document/startupprofile.h"
#include "testprofiles.h"
#include "document/undohistorydock.h"

using namespace moe;
using namespace moe::ui;
using Parameter = ParametersDock::Parameter;
using SaveChoice = UserPrompts::SaveChoice;

namespace {

QByteArray readAll(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void writeAll(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QCOMPARE(file.write(bytes), bytes.size());
}

nlohmann::json seedJson()
{
    return nlohmann::json::parse(serializeProfile(test::builtin("seed")));
}

QByteArray toBytes(const nlohmann::json& json)
{
    return QByteArray::fromStdString(json.dump(2));
}

// What the window shows, as the file format would write it.
std::string shown(const MainWindow& window)
{
    return serializeProfile(window.state().profile());
}

// One user edit: EP one step down with the keyboard.
void editEp(MainWindow& window)
{
    QTest::keyClick(window.parametersDock()->slider(Parameter::Ep)->slider(), Qt::Key_Left);
}

} // namespace

class TestDocumentFiles : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_settings.isValid());
    }

    void init()
    {
        m_log = test::PromptLog{};
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        Settings().setRecentFiles({});
    }

    // Each row writes a broken profile; the dialog names the file, the JSON path and
    // what was expected, and the window keeps its profile, title and history.
    void loadCorruptFile_reportsPath_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("jsonPath");
        nlohmann::json negative = seedJson();
        negative["cluster"]["gpu"]["memory_gib"] = -64;
        nlohmann::json missing = seedJson();
        missing["model"].erase("hidden");
        nlohmann::json wrongType = seedJson();
        wrongType["strategy"]["ep"] = "thirty-two";
        nlohmann::json newer = seedJson();
        newer["version"] = 99;
        const QByteArray good = toBytes(seedJson());
        QTest::newRow("not JSON") << QByteArray("{ this is not json") << QString();
        QTest::newRow("empty file") << QByteArray() << QString();
        QTest::newRow("truncated") << good.left(good.size() / 2) << QString();
        QTest::newRow("negative memory") << toBytes(negative) << QStringLiteral("/cluster/gpu/memory_gib");
        QTest::newRow("missing hidden") << toBytes(missing) << QStringLiteral("/model/hidden");
        QTest::newRow("string for EP") << toBytes(wrongType) << QStringLiteral("/strategy/ep");
        QTest::newRow("newer version") << toBytes(newer) << QStringLiteral("/version");
    }
    void loadCorruptFile_reportsPath()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, jsonPath);
        MainWindow window(test::builtin("seed"), QStringLiteral("builtin:seed"));
        window.setPrompts(std::make_unique<test::RecordingPrompts>(m_log));
        editEp(window);  // an unsaved edit, so the history and the marker are at stake too
        const std::string before = shown(window);
        const QString title = window.windowTitle();
        const QString path = m_dir->filePath(QStringLiteral("broken.moeprofile.json"));
        writeAll(path, content);

        QVERIFY(!window.document()->openFile(path));

        QCOMPARE(m_log.warnings.size(), 1);
        const auto& warning = m_log.warnings.front();
        QVERIFY2(warning.text.contains(QStringLiteral("broken.moeprofile.json")), qPrintable(warning.text));
        QVERIFY2(warning.details.contains(QDir::toNativeSeparators(path)), qPrintable(warning.details));
        if (!jsonPath.isEmpty()) {
            QVERIFY2(warning.details.contains(QStringLiteral("At %1: ").arg(jsonPath)), qPrintable(warning.details));
        }
        QCOMPARE(m_log.saveQuestions, 0);  // nothing to ask about: the file did not load
        QCOMPARE(shown(window), before);
        QCOMPARE(window.windowTitle(), title);
        QCOMPARE(window.document()->location(), QStringLiteral("builtin:seed"));
        QCOMPARE(window.state().undoStack()->count(), 1);
        QVERIFY(window.isWindowModified());
    }

    // The real window shows a real message box (found and closed here).
    void loadCorruptFile_showsRealDialog()
    {
        MainWindow window(test::builtin("seed"), QStringLiteral("builtin:seed"));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        nlohmann::json bad = seedJson();
        bad["cluster"]["gpus_per_node"] = 0;
        const QString path = m_dir->filePath(QStringLiteral("zero.moeprofile.json"));
        writeAll(path, toBytes(bad));
        QString text;
        QString informative;
        QTimer::singleShot(0, this, [&] {
            QTRY_VERIFY(qobject_cast<QMessageBox*>(QApplication::activeModalWidget()) != nullptr);
            auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
            text = box->text();
            informative = box->informativeText();
            box->accept();
        });
        const std::string before = shown(window);
        QVERIFY(!window.document()->openFile(path));
        QVERIFY2(text.contains(QStringLiteral("zero.moeprofile.json")), qPrintable(text));
        QVERIFY2(informative.contains(QStringLiteral("/cluster/gpus_per_node")), qPrintable(informative));
        QCOMPARE(shown(window), before);
    }

    void openGoodFile_everythingFollows()
    {
        MainWindow window(test::builtin("seed"), QStringLiteral("builtin:seed"));
        window.setPrompts(std::make_unique<test::RecordingPrompts>(m_log));
        nlohmann::json json = seedJson();
        json["strategy"]["ep"] = 16;
        json["name"] = "EP 16 plan";
        const QString path = m_dir->filePath(QStringLiteral("ep16.moeprofile.json"));
        writeAll(path, toBytes(json));

        QVERIFY(window.document()->openFile(path));

        QVERIFY(m_log.warnings.isEmpty());
        QCOMPARE(window.state().profile().strategy.ep, std::int64_t(16));
        QCOMPARE(window.parametersDock()->slider(Parameter::Ep)->value(), qint64(16));
        const Evaluation expected = evaluate(window.state().profile(), Detail::PerGpu);
        QCOMPARE(window.state().evaluation().time.total, expected.time.total);
        QCOMPARE(window.windowFilePath(), path);
        QVERIFY(window.windowTitle().contains(QStringLiteral("ep16.moeprofile.json")));
        QVERIFY(window.windowTitle().contains(QStringLiteral("MoE Explorer")));
        QVERIFY(!window.isWindowModified());
        QCOMPARE(window.state().undoStack()->count(), 0);
        QCOMPARE(Settings().recentFiles().value(0), path);
        QCOMPARE(Settings().lastProfile(), path);
    }

    // The file's unknown keys (a newer version's, another tool's) survive an edit and a save.
    void saveThenLoad_keepsUnknownKeys()
    {
        MainWindow window(test::builtin("seed"));
        window.setPrompts(std::make_unique<test::RecordingPrompts>(m_log));
        nlohmann::json json = seedJson();
        json["x_planner"] = {{"ticket", "CAP-1234"}, {"reviewers", {"ana", "ben"}}};
        json["cluster"]["x_rack_layout"] = "two rows";
        json["strategy"]["x_comment"] = "from the capacity review";
        const QString path = m_dir->filePath(QStringLiteral("extra.moeprofile.json"));
        writeAll(path, toBytes(json));
        QVERIFY(window.document()->openFile(path));
        QVERIFY2(window.statusBar()->currentMessage().contains(QStringLiteral("/x_planner")),
                 qPrintable(window.statusBar()->currentMessage()));

        editEp(window);
        const std::int64_t ep = window.state().profile().strategy.ep;
        QVERIFY(ep != 32);
        QVERIFY(window.document()->save());
        QVERIFY(!window.isWindowModified());

        const nlohmann::json saved = nlohmann::json::parse(readAll(path).toStdString());
        QVERIFY(saved["x_planner"] == json["x_planner"]);
        QVERIFY(saved["cluster"]["x_rack_layout"] == json["cluster"]["x_rack_layout"]);
        QVERIFY(saved["strategy"]["x_comment"] == json["strategy"]["x_comment"]);
        QCOMPARE(saved["strategy"]["ep"].get<std::int64_t>(), ep);
        const LoadResult again = loadProfileFile(path.toStdString());
        QVERIFY(again.ok());
        QCOMPARE(again.warnings.size(), std::size_t(3));
        QCOMPARE(serializeProfile(*again.profile), shown(window));
    }

    // A known key the file's other settings leave unused (recompute_modules beside full
    // recomputation) is not called unknown: the status bar names the two kinds apart.
    void unusedKeysNamedApartFromUnknown()
    {
        MainWindow window(test::builtin("seed"));
        window.setPrompts(std::make_unique<test::RecordingPrompts>(m_log));
        nlohmann::json json = seedJson();
        json["x_planner"] = "CAP-1234";
        json["workload"]["mode"] = "training";
        json["workload"]["training"] = {{"recompute", "full"}, {"recompute_modules", {"layernorm"}}};
        const QString path = m_dir->filePath(QStringLiteral("unused.moeprofile.json"));
        writeAll(path, toBytes(json));
        QVERIFY(window.document()->openFile(path));
        const QString message = window.statusBar()->currentMessage();
        const int unknown = message.indexOf(QStringLiteral("does not know"));
        const int unused = message.indexOf(QStringLiteral("not used with the file's other settings"));
        QVERIFY2(unknown >= 0 && unused > unknown, qPrintable(message));
        QVERIFY2(message.indexOf(QStringLiteral("/x_planner")) > unknown && message.indexOf(QStringLiteral("/x_planner")) < unused,
                 qPrintable(message));
        QVERIFY2(message.indexOf(QStringLiteral("/workload/training/recompute_modules")) > unused, qPrintable(message));
    }

    // Each row makes a save fail for real: root ignores directory permissions, so the
    // rows use failures root cannot override (a regular file where the folder should
    // be, a folder that does not exist, a file-size limit that fills the "disk").
    void saveFails_previousFileIntact_data()
    {
        QTest::addColumn<QString>("how");
        QTest::newRow("parent is a regular file") << QStringLiteral("file-parent");
        QTest::newRow("folder does not exist") << QStringLiteral("missing-folder");
        QTest::newRow("disk full (RLIMIT_FSIZE)") << QStringLiteral("disk-full");
        QTest::newRow("read-only folder") << QStringLiteral("read-only");
    }
    void saveFails_previousFileIntact()
    {
        QFETCH(QString, how);
        if (how == QStringLiteral("read-only") && geteuid() == 0) {
            QSKIP("root ignores directory permissions; the other rows make the failure real");
        }
        MainWindow window(test::builtin("seed"));
        window.setPrompts(std::make_unique<test::RecordingPrompts>(m_log));
        const QString folder = m_dir->filePath(QStringLiteral("plans"));
        QVERIFY(QDir().mkpath(folder));
        const QString existing = QDir(folder).filePath(QStringLiteral("plan.moeprofile.json"));
        writeAll(existing, toBytes(seedJson()));
        QVERIFY(window.document()->openFile(existing));
        editEp(window);
        const QByteArray original = readAll(existing);

        bool saved = true;
        QString target;
        if (how == QStringLiteral("file-parent")) {
            target = existing + QStringLiteral("/copy.moeprofile.json");
            saved = window.document()->saveAs(target);
        } else if (how == QStringLiteral("missing-folder")) {
            target = m_dir->filePath(QStringLiteral("no-such-folder/copy.moeprofile.json"));
            saved = window.document()->saveAs(target);
        } else if (how == QStringLiteral("disk-full")) {
            // Writes beyond 512 bytes fail with EFBIG, as on a full disk; SIGXFSZ is
            // ignored so the test survives it.
            target = existing;
            rlimit previous{};
            QCOMPARE(getrlimit(RLIMIT_FSIZE, &previous), 0);
            const auto handler = std::signal(SIGXFSZ, SIG_IGN);
            rlimit small = previous;
            small.rlim_cur = 512;
            QCOMPARE(setrlimit(RLIMIT_FSIZE, &small), 0);
            saved = window.document()->save();
            QCOMPARE(setrlimit(RLIMIT_FSIZE, &previous), 0);
            std::signal(SIGXFSZ, handler);
        } else {
            QVERIFY(QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::ExeOwner));
            target = existing;
            saved = window.document()->save();
            QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        }

        QVERIFY(!saved);
        QCOMPARE(m_log.warnings.size(), 1);
        QCOMPARE(m_log.warnings.front().title, QStringLiteral("Cannot Save Profile"));
        const QString told = m_log.warnings.front().text;
        QVERIFY2(told.contains(QFileInfo(target).fileName()), qPrintable(told));
        QVERIFY(!m_log.warnings.front().details.isEmpty());
        QCOMPARE(readAll(existing), original);
        // No temporary file left behind beside the previous file.
        QCOMPARE(QDir(folder).entryList(QDir::Files | QDir::NoDotAndDotDot),
                 QStringList{QStringLiteral("plan.moeprofile.json")});
        QVERIFY(window.isWindowModified());
        QCOMPARE(window.document()->location(), existing);
    }

    // A FIFO given to the window: at start-up (the window used to never appear) and
    // through File > Open. Refused at once, naming what it is; the seed opens instead.
    void fifoProfile_refusedWithoutWaiting()
    {
        const QString fifo = m_dir->filePath(QStringLiteral("pipe.moeprofile.json"));
        QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
        Settings settings;
        const StartupProfile start = ui::startupProfile(fifo, settings);
        QCOMPARE(start.location, QStringLiteral("builtin:seed"));
        QVERIFY2(start.problem.contains(QStringLiteral("a FIFO")), qPrintable(start.problem));

        MainWindow window(start.profile, start.location);
        window.setPrompts(std::make_unique<test::RecordingPrompts>(m_log));
        QVERIFY(!window.document()->openFile(fifo));
        QCOMPARE(m_log.warnings.size(), 1);
        QVERIFY2(m_log.warnings.front().details.contains(QStringLiteral("not a regular file")),
                 qPrintable(m_log.warnings.front().details));
        QCOMPARE(window.document()->location(), QStringLiteral("builtin:seed"));
    }

    // Saving keeps the file's permissions: a private profile (600) stayed private only
    // until the first save, which made it 644 under the usual umask.
    void save_keepsPermissions()
    {
        MainWindow window(test::builtin("seed"));
        window.setPrompts(std::make_unique<test::RecordingPrompts>(m_log));
        const QString path = m_dir->filePath(QStringLiteral("private.moeprofile.json"));
        writeAll(path, toBytes(seedJson()));
        const auto ownerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
        QVERIFY(QFile::setPermissions(path, ownerOnly));
        QVERIFY(window.document()->openFile(path));
        editEp(window);
        QVERIFY(window.document()->save());
        QCOMPARE(QFileInfo(path).permissions() & ~(QFileDevice::ReadUser | QFileDevice::WriteUser), ownerOnly);
        QCOMPARE(loadProfileFile(path.toStdString()).profile->strategy.ep, window.state().profile().strategy.ep);
    }

    // A profile opened through a symbolic link is saved to the link's target; the link
    // stays a link (it used to be replaced by a regular file, the target left stale).
    void save_throughSymlink_updatesTarget()
    {
        MainWindow window(test::builtin("seed"));
        window.setPrompts(std::make_unique<test::RecordingPrompts>(m_log));
        QVERIFY(QDir(m_dir->path()).mkdir(QStringLiteral("shared")));
        const QString real = m_dir->filePath(QStringLiteral("shared/real.moeprofile.json"));
        const QString link = m_dir->filePath(QStringLiteral("link.moeprofile.json"));
        writeAll(real, toBytes(seedJson()));
        QVERIFY(QFile::link(QStringLiteral("shared/real.moeprofile.json"), link));
        QVERIFY(window.document()->openFile(link));
        editEp(window);
        QVERIFY(window.document()->save());
        QVERIFY(QFileInfo(link).isSymLink());
        QCOMPARE(QFileInfo(link).symLinkTarget(), real);
        QCOMPARE(loadProfileFile(real.toStdString()).profile->strategy.ep, window.state().profile().strategy.ep);
        QCOMPARE(QDir(m_dir->filePath(QStringLiteral("shared"))).entryList(QDir::Files | QDir::Hidden).size(), 1);
    }

    void saveBuiltin_asksForFile()
    {
        MainWindow window(test::builtin("seed"), QStringLiteral("builtin:seed"));
        window.setPrompts(std::make_unique<test::RecordingPrompts>(m_log));
        editEp(window);
        m_log.savePath = m_dir->filePath(QStringLiteral("mine.moeprofile.json"));
        QVERIFY(window.document()->save());
        QCOMPARE(m_log.saveAsQuestions, 1);
        QCOMPARE(window.document()->location(), m_log.savePath);
        QVERIFY(!window.isWindowModified());
        QVERIFY(window.windowTitle().startsWith(QStringLiteral("mine.moeprofile.json[*]")));
        const LoadResult loaded = loadProfileFile(m_log.savePath.toStdString());
        QVERIFY(loaded.ok());
        QCOMPARE(serializeProfile(*loaded.profile), shown(window));
        // Cancelling the file dialog saves nothing.
        editEp(window);
        m_log.savePath.clear();
        QVERIFY(!window.document()->askSaveAs());
        QVERIFY(window.isWindowModified());
    }

    void revert_restoresFileValues()
    {
        MainWindow window(test::builtin("seed"));
        window.setPrompts(std::make_unique<test::RecordingPrompts>(m_log));
        const QString path = m_dir->filePath(QStringLiteral("plan.moeprofile.json"));
        writeAll(path, toBytes(seedJson()));
        QVERIFY(window.document()->openFile(path));
        const std::string fromFile = shown(window);
        auto* revert = window.findChild<QAction*>(QStringLiteral("RevertAction"));
        QVERIFY(revert);
        QVERIFY(!revert->isEnabled());
        editEp(window);
        window.parametersDock()->slider(Parameter::Batch)->spinBox()->setValue(256);
        QVERIFY(shown(window) != fromFile);
        QVERIFY(revert->isEnabled());

        m_log.revertAnswer = false;
        QVERIFY(!window.document()->revert());
        QVERIFY(shown(window) != fromFile);

        m_log.revertAnswer = true;
        revert->trigger();
        QCOMPARE(m_log.revertQuestions, 2);
        QCOMPARE(shown(window), fromFile);
        QCOMPARE(window.parametersDock()->slider(Parameter::Batch)->value(), qint64(128));
        QCOMPARE(window.state().evaluation().time.total, evaluate(window.state().profile()).time.total);
        QVERIFY(!window.isWindowModified());
        QCOMPARE(window.state().undoStack()->count(), 0);
        QVERIFY(!revert->isEnabled());
    }

    void recentFiles_updateAndDropMissing()
    {
        MainWindow window(test::builtin("seed"));
        window.setPrompts(std::make_unique<test::RecordingPrompts>(m_log));
        const QString a = m_dir->filePath(QStringLiteral("a.moeprofile.json"));
        const QString b = m_dir->filePath(QStringLiteral("b.moeprofile.json"));
        writeAll(a, toBytes(seedJson()));
        writeAll(b, toBytes(seedJson()));
        QVERIFY(window.document()->openFile(a));
        QVERIFY(window.document()->openFile(b));
        QCOMPARE(Settings().recentFiles(), (QStringList{b, a}));
        QCOMPARE(menuFiles(window), (QStringList{b, a}));
        // Opening again moves a file to the top.
        QVERIFY(window.document()->openRecent(a));
        QCOMPARE(Settings().recentFiles(), (QStringList{a, b}));

        QVERIFY(QFile::remove(b));
        QVERIFY(!window.document()->openRecent(b));
        QCOMPARE(m_log.warnings.size(), 1);
        QCOMPARE(m_log.warnings.front().title, QStringLiteral("File Not Found"));
        QVERIFY(m_log.warnings.front().text.contains(QStringLiteral("b.moeprofile.json")));
        QCOMPARE(Settings().recentFiles(), QStringList{a});
        QCOMPARE(menuFiles(window), QStringList{a});
        QCOMPARE(window.document()->location(), a);

        // The menu's own entry opens the file.
        QVERIFY(window.document()->openBuiltin(QStringLiteral("seed")));
        window.recentFilesMenu()->rebuild();
        window.recentFilesMenu()->actions().front()->trigger();
        QCOMPARE(window.document()->location(), a);
    }

    void recentFiles_keepAtMostEight()
    {
        Settings settings;
        for (int i = 0; i < 12; ++i) {
            settings.addRecentFile(QStringLiteral("/plans/%1.moeprofile.json").arg(i));
        }
        const QStringList files = settings.recentFiles();
        QCOMPARE(files.size(), Settings::kMaxRecentFiles);
        QCOMPARE(files.front(), QStringLiteral("/plans/11.moeprofile.json"));
    }

    void title_showsNameAndModifiedMarker()
    {
        MainWindow window(test::builtin("seed"), QStringLiteral("builtin:seed"));
        window.setPrompts(std::make_unique<test::RecordingPrompts>(m_log));
        QVERIFY(window.windowTitle().contains(QStringLiteral("Seed")));
        QVERIFY(window.windowTitle().contains(QStringLiteral("[*]")));
        QVERIFY(window.windowTitle().contains(QStringLiteral("MoE Explorer")));
        QVERIFY(window.windowFilePath().isEmpty());
        QVERIFY(!window.isWindowModified());
        editEp(window);
        QVERIFY(window.isWindowModified());
        window.state().undoStack()->undo();
        QVERIFY(!window.isWindowModified());
        window.state().undoStack()->redo();
        QVERIFY(window.isWindowModified());
        const QString path = m_dir->filePath(QStringLiteral("titled.moeprofile.json"));
        QVERIFY(window.document()->saveAs(path));
        QVERIFY(!window.isWindowModified());
        QCOMPARE(window.windowFilePath(), path);
        QCOMPARE(window.windowTitle(), QStringLiteral("titled.moeprofile.json[*] — MoE Explorer"));
    }

    void close_unsavedChanges_asks_data()
    {
        QTest::addColumn<int>("choice");
        QTest::addColumn<bool>("closes");
        QTest::newRow("cancel keeps the window") << static_cast<int>(SaveChoice::Cancel) << false;
        QTest::newRow("discard closes") << static_cast<int>(SaveChoice::Discard) << true;
        QTest::newRow("save writes and closes") << static_cast<int>(SaveChoice::Save) << true;
    }
    void close_unsavedChanges_asks()
    {
        QFETCH(int, choice);
        QFETCH(bool, closes);
        MainWindow window(test::builtin("seed"));
        window.setPrompts(std::make_unique<test::RecordingPrompts>(m_log));
        const QString path = m_dir->filePath(QStringLiteral("close.moeprofile.json"));
        writeAll(path, toBytes(seedJson()));
        QVERIFY(window.document()->openFile(path));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        editEp(window);
        const std::string edited = shown(window);
        m_log.saveChoice = static_cast<SaveChoice>(choice);

        QCOMPARE(window.close(), closes);

        QCOMPARE(m_log.saveQuestions, 1);
        QCOMPARE(window.isVisible(), !closes);
        QCOMPARE(shown(window), edited);
        const bool written = LoadResult(loadProfileFile(path.toStdString())).profile->strategy.ep != 32;
        QCOMPARE(written, static_cast<SaveChoice>(choice) == SaveChoice::Save);
        QCOMPARE(window.isWindowModified(), static_cast<SaveChoice>(choice) != SaveChoice::Save);
    }

    void close_withoutChanges_doesNotAsk()
    {
        MainWindow window(test::builtin("seed"));
        window.setPrompts(std::make_unique<test::RecordingPrompts>(m_log));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.close());
        QCOMPARE(m_log.saveQuestions, 0);
    }

    // Opening another file or a built-in asks first; Cancel keeps everything.
    void replace_unsavedChanges_cancelKeepsEverything()
    {
        MainWindow window(test::builtin("seed"), QStringLiteral("builtin:seed"));
        window.setPrompts(std::make_unique<test::RecordingPrompts>(m_log));
        editEp(window);
        const std::string edited = shown(window);
        const QString path = m_dir->filePath(QStringLiteral("other.moeprofile.json"));
        writeAll(path, toBytes(seedJson()));
        m_log.saveChoice = SaveChoice::Cancel;
        QVERIFY(!window.document()->openFile(path));
        m_log.builtin = QString::fromLatin1(builtinProfiles().back().id.data(), builtinProfiles().back().id.size());
        QVERIFY(!window.document()->askNewFromBuiltin());
        QCOMPARE(m_log.saveQuestions, 2);
        QCOMPARE(shown(window), edited);
        QCOMPARE(window.document()->location(), QStringLiteral("builtin:seed"));
        QCOMPARE(window.state().undoStack()->count(), 1);
        QVERIFY(window.isWindowModified());
        // Discard goes on.
        m_log.saveChoice = SaveChoice::Discard;
        QVERIFY(window.document()->askNewFromBuiltin());
        QCOMPARE(window.document()->location(), QStringLiteral("builtin:") + *m_log.builtin);
        QCOMPARE(window.state().undoStack()->count(), 0);
        QVERIFY(!window.isWindowModified());
        QCOMPARE(Settings().lastProfile(), QStringLiteral("builtin:") + *m_log.builtin);
    }

    void askOpen_usesTheChosenFile()
    {
        MainWindow window(test::builtin("seed"));
        window.setPrompts(std::make_unique<test::RecordingPrompts>(m_log));
        m_log.openPath = m_dir->filePath(QStringLiteral("chosen.moeprofile.json"));
        writeAll(m_log.openPath, toBytes(seedJson()));
        window.findChild<QAction*>(QStringLiteral("OpenAction"))->trigger();
        QCOMPARE(m_log.openQuestions, 1);
        QCOMPARE(window.document()->location(), m_log.openPath);
    }

    void dropFile_opensIt()
    {
        MainWindow window(test::builtin("seed"));
        window.setPrompts(std::make_unique<test::RecordingPrompts>(m_log));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        nlohmann::json json = seedJson();
        json["strategy"]["ep"] = 16;
        const QString path = m_dir->filePath(QStringLiteral("dropped.moeprofile.json"));
        writeAll(path, toBytes(json));
        QMimeData mime;
        mime.setUrls({QUrl::fromLocalFile(path)});
        const QPoint at = window.rect().center();
        QDragEnterEvent enter(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(&window, &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(&window, &drop);
        QVERIFY(drop.isAccepted());
        QTRY_COMPARE(window.document()->location(), path);
        QCOMPARE(window.state().profile().strategy.ep, std::int64_t(16));
        // Other files are refused at the door.
        QMimeData text;
        text.setUrls({QUrl::fromLocalFile(m_dir->filePath(QStringLiteral("notes.txt")))});
        QDragEnterEvent refused(at, Qt::CopyAction, &text, Qt::LeftButton, Qt::NoModifier);
        refused.setAccepted(false);
        QApplication::sendEvent(&window, &refused);
        QVERIFY(!refused.isAccepted());
    }

    // The next start opens what the window showed last, or the seed with a reason.
    void startupProfile_data()
    {
        QTest::addColumn<QString>("argument");
        QTest::addColumn<QString>("last");
        QTest::addColumn<QString>("location");
        QTest::addColumn<bool>("problem");
        const QString file = QStringLiteral("%1/startup.moeprofile.json");  // %1: the test's folder
        const QString gone = QStringLiteral("%1/gone.moeprofile.json");
        const QString seed = QStringLiteral("builtin:seed");
        const QString other = QStringLiteral("builtin:") + QString::fromLatin1(builtinProfiles().back().id.data());
        QTest::newRow("first start") << QString() << QString() << seed << false;
        QTest::newRow("last built-in") << QString() << other << other << false;
        QTest::newRow("last file") << QString() << file << file << false;
        QTest::newRow("last file gone") << QString() << gone << seed << true;
        QTest::newRow("command line wins") << file << other << file << false;
        QTest::newRow("bad command line") << gone << other << seed << true;
    }
    void startupProfile()
    {
        QFETCH(QString, argument);
        QFETCH(QString, last);
        QFETCH(QString, location);
        QFETCH(bool, problem);
        const QString folder = m_dir->path();
        writeAll(QDir(folder).filePath(QStringLiteral("startup.moeprofile.json")), toBytes(seedJson()));
        Settings settings;
        settings.setLastProfile(last.arg(folder));
        const StartupProfile start = ui::startupProfile(argument.arg(folder), settings);
        QCOMPARE(start.location, location.arg(folder));
        QCOMPARE(start.problem.isEmpty(), !problem);
        QCOMPARE(start.fromCommandLine, !argument.isEmpty());
        if (problem) {
            QVERIFY2(start.problem.contains(QStringLiteral("gone.moeprofile.json")), qPrintable(start.problem));
        }
        // The window takes it from there: the title names it, and it is remembered.
        MainWindow window(start.profile, start.location);
        QCOMPARE(Settings().lastProfile(), start.location);
        if (!start.location.startsWith(QStringLiteral("builtin:"))) {
            QVERIFY(window.windowTitle().startsWith(QStringLiteral("startup.moeprofile.json[*]")));
            QCOMPARE(Settings().recentFiles().value(0), start.location);
        }
    }

    void windowLayout_comesBack()
    {
        {
            MainWindow window(test::builtin("seed"));
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            window.resize(1234, 777);
            window.undoHistoryDock()->show();
            QVERIFY(window.close());
        }
        MainWindow again(test::builtin("seed"));
        QCOMPARE(again.size(), QSize(1234, 777));
        QVERIFY(!again.undoHistoryDock()->isHidden());
    }

private:
    static QStringList menuFiles(MainWindow& window)
    {
        window.recentFilesMenu()->rebuild();
        QStringList files;
        for (QAction* action : window.recentFilesMenu()->actions()) {
            if (!action->data().toString().isEmpty()) {
                files << action->data().toString();
            }
        }
        return files;
    }

    test::IsolatedSettings m_settings;  // before any window reads or writes settings
    std::unique_ptr<QTemporaryDir> m_dir;
    test::PromptLog m_log;
};

QTEST_MAIN(TestDocumentFiles)
#include "tst_documentfiles.moc"

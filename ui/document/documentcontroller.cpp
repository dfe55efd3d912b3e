#include "document/documentcontroller.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QWidget>

#include "profile/builtins.h"
#include "document/backgroundload.h"
#include "document/explorerstate.h"
#include "widgets/settings.h"
#include "document/userprompts.h"
#include "widgets/phrasetext.h"
#include "widgets/problemtext.h"

namespace moe::ui {

namespace {

QString builtinPrefix()
{
    return QString::fromLatin1(kBuiltinPrefix.data(), static_cast<qsizetype>(kBuiltinPrefix.size()));
}

std::string nativePath(const QString& path)
{
    return QFile::encodeName(path).toStdString();
}

QString fromStd(const std::string& text)
{
    return QString::fromStdString(text);
}

// The keys the warnings name ("/x_tool: unknown key, kept as it is"), the unknown ones
// (`unknown` true) or those known but not used with the file's other settings
// ("/workload/training/recompute_modules: used only with recompute \"selective\"...").
QString warnedKeys(const std::vector<std::string>& warnings, bool unknown)
{
    static const QString kUnknown = QStringLiteral(": unknown key, kept as it is");
    QStringList keys;
    for (const std::string& warning : warnings) {
        const QString text = fromStd(warning);
        if (text.endsWith(kUnknown) == unknown) {
            keys << text.section(QLatin1Char(':'), 0, 0);
        }
    }
    return keys.join(QStringLiteral(", "));
}

} // namespace

DocumentController::DocumentController(ExplorerState& state, Settings& settings, QWidget* window)
    : QObject(window)
    , m_state(state)
    , m_settings(settings)
    , m_window(window)
    , m_prompts(std::make_unique<UserPrompts>())
{
}

DocumentController::~DocumentController() = default;

void DocumentController::setPrompts(std::unique_ptr<UserPrompts> prompts)
{
    m_prompts = prompts ? std::move(prompts) : std::make_unique<UserPrompts>();
}

QString DocumentController::filePath() const
{
    return m_location.startsWith(builtinPrefix()) ? QString() : m_location;
}

QString DocumentController::builtinId() const
{
    return m_location.startsWith(builtinPrefix()) ? m_location.mid(builtinPrefix().size()) : QString();
}

QString DocumentController::displayName() const
{
    if (!filePath().isEmpty()) {
        return QFileInfo(filePath()).fileName();
    }
    const QString name = fromStd(m_state.profile().name);
    return name.isEmpty() ? tr("Untitled") : name;
}

void DocumentController::setLocation(const QString& location)
{
    m_location = location;
    if (!location.isEmpty()) {
        m_settings.setLastProfile(location);
    }
    if (!filePath().isEmpty()) {
        m_settings.addRecentFile(location);
        m_settings.setLastProfileFolder(QFileInfo(location).absolutePath());
        Q_EMIT recentFilesChanged();
    }
    Q_EMIT locationChanged();
}

bool DocumentController::openFile(const QString& path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    LoadResult loaded = loadProfileKeepingWindowLive(absolute, m_window);
    if (!loaded.ok()) {
        reportLoadError(tr("Cannot Open Profile"), absolute, loaded.error);
        return false;
    }
    if (!maybeSave()) {
        return false;
    }
    return adopt(std::move(loaded), absolute);
}

bool DocumentController::openBuiltin(const QString& id)
{
    LoadResult loaded = loadBuiltin(id.toStdString());
    if (!loaded.ok()) {
        m_prompts->warn(m_window, tr("Cannot Open Built-in Profile"), tr("“%1” could not be opened.").arg(id),
                        problemText(loaded.error));
        return false;
    }
    return maybeSave() && adopt(std::move(loaded), builtinPrefix() + id);
}

bool DocumentController::openRecent(const QString& path)
{
    if (!QFileInfo(path).isFile()) {
        m_settings.removeRecentFile(path);
        Q_EMIT recentFilesChanged();
        m_prompts->warn(m_window, tr("File Not Found"),
                        tr("“%1” no longer exists.").arg(QFileInfo(path).fileName()),
                        tr("It was removed from the recent files.\n\n%1").arg(QDir::toNativeSeparators(path)));
        return false;
    }
    return openFile(path);
}

bool DocumentController::revert()
{
    if (m_location.isEmpty()) {
        return false;
    }
    if (m_state.isModified() && !m_prompts->confirmRevert(m_window, displayName())) {
        return false;
    }
    const QString file = filePath();
    LoadResult loaded = file.isEmpty() ? loadBuiltin(builtinId().toStdString()) : loadProfileKeepingWindowLive(file, m_window);
    if (!loaded.ok()) {
        reportLoadError(tr("Cannot Revert"), file.isEmpty() ? m_location : file, loaded.error);
        return false;
    }
    adopt(std::move(loaded), m_location);
    Q_EMIT statusMessage(tr("Reverted to the saved %1").arg(displayName()), 5000);
    return true;
}

bool DocumentController::save()
{
    return filePath().isEmpty() ? askSaveAs() : saveAs(filePath());
}

bool DocumentController::saveAs(const QString& path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    const QString folder = QFileInfo(absolute).absolutePath();
    std::optional<QString> error;
    bool saysUnchanged = false;  // the message already says the previous file is unchanged
    if (!QFileInfo(folder).isDir()) {
        error = tr("The folder %1 does not exist.").arg(QDir::toNativeSeparators(folder));
    } else if (const auto failed = saveProfileFilePhrase(nativePath(absolute), m_state.profile())) {
        error = phraseText(*failed);
        saysUnchanged = failed->english().find("unchanged") != std::string::npos;
    }
    if (error) {
        QString details = *error;
        if (!saysUnchanged) {
            details += QLatin1Char(' ') + tr("Any earlier file of that name is unchanged.");
        }
        m_prompts->warn(m_window, tr("Cannot Save Profile"),
                        tr("“%1” was not saved.").arg(QFileInfo(absolute).fileName()),
                        details + QStringLiteral("\n\n")
                            + tr("The window keeps your changes: save them in another folder, or make room and "
                                 "save again."));
        return false;
    }
    m_state.markSaved();
    if (absolute != m_location) {
        setLocation(absolute);
    }
    Q_EMIT statusMessage(tr("Saved %1").arg(QDir::toNativeSeparators(absolute)), 5000);
    return true;
}

bool DocumentController::maybeSave()
{
    if (!m_state.isModified()) {
        return true;
    }
    switch (m_prompts->askSaveChanges(m_window, displayName())) {
    case UserPrompts::SaveChoice::Save:
        return save();
    case UserPrompts::SaveChoice::Discard:
        return true;
    case UserPrompts::SaveChoice::Cancel:
        break;
    }
    return false;
}

bool DocumentController::askOpen()
{
    QString folder = m_settings.lastProfileFolder();
    if (folder.isEmpty()) {
        folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    }
    const QString path = m_prompts->askOpenPath(m_window, folder);
    return !path.isEmpty() && openFile(path);
}

bool DocumentController::askSaveAs()
{
    const QString path = m_prompts->askSavePath(m_window, suggestedSavePath());
    return !path.isEmpty() && saveAs(path);
}

bool DocumentController::askNewFromBuiltin()
{
    const std::optional<QString> id = m_prompts->askBuiltin(m_window);
    return id && openBuiltin(*id);
}

bool DocumentController::askNewProfile()
{
    std::optional<Profile> profile = m_prompts->askNewProfile(m_window);
    return profile && openNew(std::move(*profile));
}

bool DocumentController::openNew(Profile profile)
{
    if (!maybeSave()) {
        return false;
    }
    m_state.resetProfile(std::move(profile));
    // Nothing on disk holds it yet: it is unsaved until the user saves it.
    m_state.markUnsaved();
    setLocation(QString());
    Q_EMIT statusMessage(tr("New profile %1: not saved yet").arg(displayName()), 5000);
    return true;
}

bool DocumentController::adopt(LoadResult loaded, const QString& location)
{
    m_state.resetProfile(std::move(*loaded.profile));
    setLocation(location);
    if (loaded.warnings.empty()) {
        Q_EMIT statusMessage(tr("Opened %1").arg(displayName()), 5000);
    } else {
        // Newer files open in older versions: unknown keys are kept on save (profile-format.md).
        // Known keys that the file's other settings leave unused are named apart.
        const QString unknown = warnedKeys(loaded.warnings, true);
        const QString unused = warnedKeys(loaded.warnings, false);
        QString message = tr("Opened %1.").arg(displayName());
        if (!unknown.isEmpty()) {
            message += QLatin1Char(' ') + tr("Keys this version does not know, kept for saving: %1.").arg(unknown);
        }
        if (!unused.isEmpty()) {
            message += QLatin1Char(' ') + tr("Keys not used with the file's other settings, kept for saving: %1.").arg(unused);
        }
        Q_EMIT statusMessage(message, 0);
    }
    return true;
}

void DocumentController::reportLoadError(const QString& what, const QString& path, const ProfileError& error)
{
    const QString where = error.path.empty() ? tr("Problem: %1").arg(phraseOr(error.phrase, error.message))
                                             : tr("At %1: %2").arg(fromStd(error.path), phraseOr(error.phrase, error.message));
    m_prompts->warn(m_window, what,
                    tr("“%1” is not a profile MoE Explorer can open.").arg(QFileInfo(path).fileName()),
                    where + QStringLiteral("\n\n") + tr("File: %1").arg(QDir::toNativeSeparators(path))
                        + QLatin1Char('\n') + tr("The profile in the window is unchanged."));
}

QString DocumentController::suggestedSavePath() const
{
    if (!filePath().isEmpty()) {
        return filePath();
    }
    QString folder = m_settings.lastProfileFolder();
    if (folder.isEmpty()) {
        folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    }
    QString base = builtinId();
    if (base.isEmpty()) {
        // "Seed: 16-layer MoE" -> "seed-16-layer-moe"
        base = fromStd(m_state.profile().name).toLower();
        base.replace(QRegularExpression(QStringLiteral("[^a-z0-9]+")), QStringLiteral("-"));
        base = base.section(QLatin1Char('-'), 0, 5, QString::SectionSkipEmpty);
    }
    if (base.isEmpty()) {
        base = QStringLiteral("profile");
    }
    return QDir(folder).filePath(base + QStringLiteral(".moeprofile.json"));
}

} // namespace moe::ui

#include "document/fileset.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>

#include <cerrno>
#include <cstdio>
#include <cstring>

#include <unistd.h>

#include "document/checkedwrite.h"

namespace moe::ui {

namespace {

// The file a chain of links ends at (40 links, the kernel's limit), or empty.
QString followLinks(const QString& path)
{
    QString current = QFileInfo(path).absoluteFilePath();
    for (int hops = 0; hops < 40; ++hops) {
        const QFileInfo info(current);
        if (!info.isSymLink()) {
            return current;
        }
        current = info.symLinkTarget();
    }
    return {};
}

} // namespace

void FileSet::add(const QString& path, QByteArray bytes)
{
    m_entries.push_back(Entry{path, std::move(bytes), {}, {}});
}

std::optional<QString> FileSet::stage(Entry& entry)
{
    entry.target = followLinks(entry.path);
    if (entry.target.isEmpty()) {
        return QObject::tr("cannot write %1: too many levels of symbolic links").arg(entry.path);
    }
    const QFileInfo target(entry.target);
    if (target.exists() && !target.isFile()) {
        return QObject::tr("cannot write %1: it is a folder or other non-file").arg(entry.path);
    }
    QFile file;
    for (int attempt = 0; attempt < 100 && !file.isOpen(); ++attempt) {
        file.setFileName(target.dir().filePath(QStringLiteral(".%1.part-%2")
                                                   .arg(target.fileName())
                                                   .arg(QRandomGenerator::global()->generate(), 8, 16, QLatin1Char('0'))));
        // NewOnly: never another file of that name; mode 0666 less the umask, as a new file.
        if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly | QIODevice::Unbuffered) && file.exists()) {
            continue;
        }
        if (!file.isOpen()) {
            return QObject::tr("cannot write %1: %2").arg(entry.path, file.errorString());
        }
    }
    if (!file.isOpen()) {
        return QObject::tr("cannot write %1: no free temporary name in its folder").arg(entry.path);
    }
    entry.staged = file.fileName();
    if (const auto problem = writeAllBytes(file, entry.bytes)) {
        return QObject::tr("cannot write %1: %2").arg(entry.path, *problem);
    }
    if (::fsync(file.handle()) != 0) {
        return QObject::tr("cannot write %1: %2").arg(entry.path, QString::fromLocal8Bit(std::strerror(errno)));
    }
    if (target.exists() && !file.setPermissions(target.permissions())) {
        return QObject::tr("cannot keep the permissions of %1: %2").arg(entry.path, file.errorString());
    }
    file.close();
    if (file.error() != QFileDevice::NoError) {
        return QObject::tr("cannot write %1: %2").arg(entry.path, file.errorString());
    }
    return std::nullopt;
}

void FileSet::removeStaged()
{
    for (Entry& entry : m_entries) {
        if (!entry.staged.isEmpty()) {
            QFile::remove(entry.staged);
            entry.staged.clear();
        }
    }
}

std::optional<QString> FileSet::commit()
{
    for (Entry& entry : m_entries) {
        if (auto problem = stage(entry)) {
            removeStaged();
            return *problem + QObject::tr("; no file was changed");
        }
    }
    for (Entry& entry : m_entries) {
        // rename(2) replaces the target in one step; QFile::rename refuses to.
        if (std::rename(QFile::encodeName(entry.staged).constData(), QFile::encodeName(entry.target).constData()) != 0) {
            const QString why = QString::fromLocal8Bit(std::strerror(errno));
            removeStaged();
            return QObject::tr("cannot replace %1: %2").arg(entry.path, why);
        }
        entry.staged.clear();
    }
    return std::nullopt;
}

} // namespace moe::ui

#include "document/checkedwrite.h"

#include <QLocale>
#include <QFileDevice>
#include <QSaveFile>

namespace moe::ui {

QString byteSize(qint64 bytes)
{
    if (bytes < 1024) {
        return QObject::tr("%n byte(s)", nullptr, static_cast<int>(bytes));
    }
    if (bytes < 1024 * 1024) {
        return QObject::tr("%1 KiB").arg(QLocale().toString(bytes / 1024));
    }
    return QObject::tr("%1 MiB").arg(QLocale().toString(static_cast<double>(bytes) / (1024.0 * 1024.0), 'f', 1));
}

std::optional<QString> writeAllBytes(QFileDevice& file, const QByteArray& bytes)
{
    // In chunks, so a short write says how much reached the file.
    constexpr qint64 kChunk = 64 * 1024;
    qint64 written = 0;
    while (written < bytes.size()) {
        const qint64 n = file.write(bytes.constData() + written, std::min(kChunk, bytes.size() - written));
        if (n <= 0) {
            const QString why = file.error() != QFileDevice::NoError ? file.errorString() : QObject::tr("write failed");
            return QObject::tr("%1 (%2 written of %3)").arg(why, byteSize(written), byteSize(bytes.size()));
        }
        written += n;
    }
    if (!file.flush() || file.error() != QFileDevice::NoError) {
        return QObject::tr("%1 (%2 written of %3)").arg(file.errorString(), byteSize(written), byteSize(bytes.size()));
    }
    return std::nullopt;
}

std::optional<QString> writeFileChecked(const QString& path, const QByteArray& bytes)
{
    QSaveFile file(path);
    // Unbuffered: every write reaches the file engine now, so its error is this write's.
    if (!file.open(QIODevice::WriteOnly | QIODevice::Unbuffered)) {
        return QObject::tr("cannot write %1: %2").arg(path, file.errorString());
    }
    if (const auto problem = writeAllBytes(file, bytes)) {
        file.cancelWriting();
        return QObject::tr("cannot write %1: %2; the previous file, if any, is unchanged").arg(path, *problem);
    }
    if (!file.commit()) {
        return QObject::tr("cannot write %1: %2; the previous file, if any, is unchanged").arg(path, file.errorString());
    }
    return std::nullopt;
}

} // namespace moe::ui

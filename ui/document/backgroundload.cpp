#include "document/backgroundload.h"

#include <QLocale>
#include <QEventLoop>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QProgressDialog>
#include <QtConcurrent/QtConcurrentRun>

namespace moe::ui {

LoadResult loadProfileKeepingWindowLive(const QString& path, QWidget* parent)
{
    const std::string native = QFile::encodeName(path).toStdString();
    // A non-regular file (a FIFO) has no size to judge by; loadProfileFile refuses it
    // at once, so it is read here too.
    const QFileInfo info(path);
    if (!info.isFile() || info.size() < kBackgroundLoadBytes) {
        return loadProfileFile(native);
    }
    QFutureWatcher<LoadResult> watcher;
    QEventLoop loop;
    QObject::connect(&watcher, &QFutureWatcher<LoadResult>::finished, &loop, &QEventLoop::quit);
    watcher.setFuture(QtConcurrent::run([native] { return loadProfileFile(native); }));
    std::unique_ptr<QProgressDialog> busy;
    if (parent != nullptr) {
        // No cancel button: a parse cannot stop halfway, and it takes a second at most.
        busy = std::make_unique<QProgressDialog>(
            QProgressDialog::tr("Reading %1 (%2 MB)…").arg(info.fileName()).arg(QLocale().toString(static_cast<double>(info.size()) / 1e6, 'f', 1)),
            QString(), 0, 0, parent);
        busy->setWindowModality(Qt::WindowModal);
        busy->setMinimumDuration(300);  // most reads end before it shows
    }
    if (!watcher.isFinished()) {
        loop.exec(QEventLoop::ExcludeUserInputEvents);
    }
    return watcher.future().takeResult();
}

} // namespace moe::ui

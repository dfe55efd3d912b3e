#pragma once

// File > Export > Design-Review Report without freezing the window: the report's
// searches (every strategy, and again on a cluster twice the size) run on worker
// threads behind a busy dialog with Cancel; the charts and the file are then written
// on the GUI thread, which owns the widgets that draw them.

#include <QObject>
#include <QPointer>
#include <QString>

#include <atomic>
#include <memory>
#include <optional>

#include "profile/profile.h"
#include "search/search.h"

class QProgressDialog;

namespace moe::ui {

// A search already made (the Search dock's results while they are current): the report
// ranks by its objective and uses it instead of searching the same space again.
struct ShownSearch {
    std::shared_ptr<const SearchResult> result;  // every feasible candidate, ranked
    Objective objective = Objective::Throughput;
    Profile searched;  // the profile it was made for
};

class ReportJob : public QObject {
    Q_OBJECT

public:
    // Starts at once; the job deletes itself after finished(). `dialogParent` owns the
    // job and gets the busy dialog (none when null).
    ReportJob(Profile profile, QString path, QWidget* dialogParent, std::optional<ShownSearch> shown = std::nullopt);
    // How many searches the job ran itself (the report's, the scaling study's), for
    // tests: one fewer when the shown search was reused.
    static int searchesRun();
    // Closing the window mid-build stops the searches rather than leave them running.
    ~ReportJob() override;

    // Stops the searches; finished() follows with `cancelled` and no file written.
    void cancel();

Q_SIGNALS:
    // `error` is empty when the file was written or the job was cancelled.
    void finished(const QString& path, const QString& error, bool cancelled);

private:
    void end(const QString& path, const QString& error);

    std::shared_ptr<std::atomic<bool>> m_cancel = std::make_shared<std::atomic<bool>>(false);
    QPointer<QProgressDialog> m_dialog;
};

} // namespace moe::ui

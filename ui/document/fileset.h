#pragma once

// Several files that belong together (a Markdown report and its chart images),
// replaced as a unit: each is written in full to a hidden temporary file beside its
// target, and only when all are written are they renamed over their targets, in the
// order added. A failure removes the temporary files and leaves the targets as they
// were. A target that is a symbolic link is replaced at the link's target, and an
// existing target keeps its permissions.

#include <QByteArray>
#include <QString>

#include <optional>
#include <vector>

namespace moe::ui {

class FileSet {
public:
    void add(const QString& path, QByteArray bytes);
    // Returns an error message, or nothing once every file is in place.
    std::optional<QString> commit();

private:
    struct Entry {
        QString path;
        QByteArray bytes;
        QString target;  // path with links followed
        QString staged;
    };
    std::optional<QString> stage(Entry& entry);
    void removeStaged();

    std::vector<Entry> m_entries;
};

} // namespace moe::ui

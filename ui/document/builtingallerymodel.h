#pragma once

// The built-in profiles as a table: per built-in its model and system (the libraries
// entries it names, issue 13), cluster and mode, and the
// headline figures core's evaluate() gives for its own strategy. The default built-in
// (the source scenario, builtin:seed) comes first.

#include <QAbstractTableModel>
#include <QStringList>

#include <span>
#include <vector>

#include "profile/builtins.h"

namespace moe::ui {

class BuiltinGalleryModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column {
        Name,
        ModelName,   // the model library's entry, or "own figures"
        Parameters,  // total
        Active,      // per token
        Layers,
        Experts,
        System,      // the systems library's entry, or "own figures"
        Cluster,
        Mode,
        StepTime,
        Throughput,
        Memory,  // the fullest GPU against its capacity
        Verdict,
        ColumnCount
    };
    enum Role {
        IdRole = Qt::UserRole,  // "seed"
        NotesRole,              // the profile's notes: its sources and assumptions
        ValueRole,              // the figure as a number (NaN when there is none)
        PassRole,               // whether every check passes
    };

    explicit BuiltinGalleryModel(QObject* parent = nullptr);

    // Evaluates every built-in and lists them; replaces what was listed.
    void setBuiltins(std::span<const BuiltinProfile> builtins);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    QString idAt(int row) const;
    int rowOf(const QString& id) const;  // -1 when not listed

private:
    struct Entry {
        QString id;
        QString notes;
        QStringList cells;  // one per column
        std::vector<double> values;
        QStringList tips;
        bool pass = false;
    };
    static Entry describe(const BuiltinProfile& builtin);

    std::vector<Entry> m_entries;
};

} // namespace moe::ui

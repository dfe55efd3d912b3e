#pragma once

// A choice of system from the systems library (docs/systems.md): the built-in systems,
// then the user's calibrated ones (docs/calibration.md), optionally after a "custom"
// entry for a cluster that gives its own figures. The user systems are read again each
// time the list opens, so one saved meanwhile (Tools > Calibrate) is offered at once.

#include <QComboBox>

namespace moe::ui {

class SystemComboBox : public QComboBox {
    Q_OBJECT

public:
    // `customText`: the text of a first entry whose id is empty; none when empty.
    explicit SystemComboBox(const QString& customText = {}, QWidget* parent = nullptr);

    // The chosen system's id; empty for the custom entry.
    QString systemId() const;
    // Selects `id` without emitting activated(); an id not listed (a user system whose
    // file is gone) is added, marked missing, so the box never shows something else.
    void setSystemId(const QString& id);
    // Reads the user systems folder again, keeping the selection.
    void reload();

    void showPopup() override;

private:
    QString m_customText;
};

} // namespace moe::ui

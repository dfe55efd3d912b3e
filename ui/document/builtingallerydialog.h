#pragma once

// File > New from Built-in: every built-in profile with its model, cluster, mode and
// headline figures side by side, and the selected one's notes (its sources and
// assumptions) below. The source scenario comes first and is preselected; OK or a
// double-click chooses. The dialog only asks: the caller opens the chosen built-in.

#include <QDialog>

class QDialogButtonBox;
class QModelIndex;
class QTextBrowser;
class QTableView;

namespace moe::ui {

class BuiltinGalleryModel;

class BuiltinGalleryDialog : public QDialog {
    Q_OBJECT

public:
    explicit BuiltinGalleryDialog(QWidget* parent = nullptr);

    // The built-in selected, e.g. "seed"; empty when none is.
    QString selectedId() const;
    void selectId(const QString& id);

    BuiltinGalleryModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }

private:
    void showDetails();
    void fitColumns();

    BuiltinGalleryModel* m_model;
    QTableView* m_view;
    QTextBrowser* m_details;
    QDialogButtonBox* m_buttons;
};

} // namespace moe::ui

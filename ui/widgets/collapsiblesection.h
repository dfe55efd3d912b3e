#pragma once

// A titled section whose body folds away with a click on its header (or Space on it).

#include <QWidget>

class QToolButton;

namespace moe::ui {

class CollapsibleSection : public QWidget {
    Q_OBJECT

public:
    CollapsibleSection(const QString& title, QWidget* body, bool expanded, QWidget* parent = nullptr);

    bool isExpanded() const;
    void setExpanded(bool expanded);
    QToolButton* header() const { return m_header; }

private:
    QToolButton* m_header;
    QWidget* m_body;
};

} // namespace moe::ui

#pragma once
// The navigation sidebar: the Kindred brand on top and the list of pages (objectName
// "navigation"), drawn on the Base colour so that it stands apart from the pages.

#include <QWidget>

class QListWidget;

namespace kindred {

class Sidebar final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Sidebar)
public:
    explicit Sidebar(QWidget *parent = nullptr);

    QListWidget *list() const { return m_list; }
    /// Adds an entry; its text and icon are set by setEntry().
    void addEntry();
    void setEntry(int row, const QIcon &icon, const QString &text);

protected:
    void changeEvent(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;

private:
    void updateStyle();

    QListWidget *m_list;
};

} // namespace kindred

#pragma once
// What a page shows when there is nothing to show: no workspace open, a workspace without
// data, or an error. Offers the two ways to get data: the demo community and an import.

#include <QWidget>

class QLabel;
class QPushButton;

namespace kindred {

class EmptyState final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EmptyState)
public:
    explicit EmptyState(QWidget *parent = nullptr);

    void setTexts(const QString &headline, const QString &detail);
    QString headline() const;
    QString detail() const;

signals:
    void openDemoClicked();
    void importClicked();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    QLabel *m_logo;
    QLabel *m_headline;
    QLabel *m_detail;
    QPushButton *m_demo;
    QPushButton *m_import;
};

} // namespace kindred

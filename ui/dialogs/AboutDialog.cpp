#include "AboutDialog.h"

#include <QCoreApplication>
#include <QMessageBox>

namespace kindred {

void AboutDialog::show(QWidget *parent)
{
    QMessageBox::about(
        parent, QCoreApplication::translate("kindred::AboutDialog", "About Kindred"),
        QCoreApplication::translate(
            "kindred::AboutDialog",
            "<h3>Kindred %1</h3><p>A console for the managers of paid technical communities: "
            "members, engagement, content and reports, from your chat exports.</p><p>Your data "
            "stays on this computer: nothing is sent anywhere unless you sync or export on "
            "purpose.</p>")
            .arg(QCoreApplication::applicationVersion()));
}

} // namespace kindred

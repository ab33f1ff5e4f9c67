// The main window's own widgets as assistive technology reads them (README
// "Accessibility"); the panels and views name their widgets themselves, and a dock is
// named by its title.
#include "MainWindow.h"

#include "panels/TablePage.h"

#include <QListView>
#include <QTabWidget>

namespace Kingside {

void MainWindow::describeWidgets()
{
    m_accountList->setAccessibleName(tr("Accounts"));
    m_accountList->setAccessibleDescription(
        tr("The key accounts of this workspace; choosing one opens it in the tabs"));
    m_tabs->setAccessibleName(tr("Account views"));
    m_tabs->setAccessibleDescription(tr("The open account's board, people, relationships, plan "
                                        "and the portfolio of every account"));
    m_peoplePage->describe(tr("People"),
                           tr("Every person of the account, ours and the client's, one per row; "
                              "each cell can be edited in place"));
    m_relationshipPage->describe(
        tr("Relationships"),
        tr("Every relationship of the account: who to whom, kind, strength and last contact; "
           "each cell can be edited in place"));
}

} // namespace Kingside

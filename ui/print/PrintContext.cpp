#include "PrintContext.h"

#include "analysis/AccountAnalyzer.h"
#include "analysis/AnalysisStore.h"
#include "scoring/Portfolio.h"
#include "workspace/Workspace.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace Kingside {

QDate PrintContext::defaultToday()
{
    const QByteArray fixed = qgetenv("KINGSIDE_TODAY");
    if (!fixed.isEmpty()) {
        const QDate day = QDate::fromString(QString::fromLatin1(fixed), Qt::ISODate);
        if (day.isValid())
            return day;
    }
    return QDate::currentDate();
}

std::optional<PrintContext> PrintContext::load(const Workspace &workspace, qint64 accountId,
                                               const QDate &today, QString *error)
{
    PrintContext context;
    const QSqlDatabase db = workspace.database();
    context.data = BoardData::load(db, accountId);
    if (!context.data.isValid()) {
        if (error)
            *error = QCoreApplication::translate("Kingside::PrintContext",
                                                 "There is no account with id %1 in %2.")
                         .arg(accountId)
                         .arg(workspace.path());
        return std::nullopt;
    }
    context.workspaceName = QFileInfo(workspace.path()).completeBaseName();
    context.workspacePath = workspace.path();
    context.stage = displayName(context.data.account.stage);
    context.today = today.isValid() ? today : defaultToday();

    QString ignored;
    if (const auto inputs = Portfolio::load(db, QString(), &ignored)) {
        for (const PortfolioEntry &entry : Portfolio::compute(*inputs)) {
            if (entry.account.id == accountId)
                context.tier = entry.tier;
        }
    }
    if (const auto input = AnalysisStore(db).load(accountId, context.today, &ignored)) {
        const AccountAnalysis analysis = AccountAnalyzer::analyse(*input);
        if (analysis.king.inCheck && analysis.king.kingId > 0)
            context.highlights[HighlightKind::Check].people.insert(analysis.king.kingId);
    }
    return context;
}

} // namespace Kingside

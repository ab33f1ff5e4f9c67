#pragma once

#include "board/BoardData.h"
#include "board/BoardHighlight.h"

#include <QDate>
#include <QString>

#include <optional>

namespace Kingside {

class Workspace;

// Everything a printed page says about one account besides the board itself: the
// header's facts (tier, lifecycle stage, date, workspace) and the marks to print.
struct PrintContext
{
    BoardData data;
    QString workspaceName; // the file's name without its extension
    QString workspacePath; // the file itself: never an export's output (OutputGuard)
    QString tier;          // band of the active tier scheme; empty when unscored
    QString stage;         // lifecycle stage, in words
    QDate today;
    BoardHighlights highlights; // the King in check, when he is

    // Reads the account; std::nullopt and *error when it does not exist.
    static std::optional<PrintContext> load(const Workspace &workspace, qint64 accountId,
                                            const QDate &today, QString *error);
    // The day printed output is dated: $KINGSIDE_TODAY (YYYY-MM-DD) when set, else today.
    static QDate defaultToday();
};

} // namespace Kingside

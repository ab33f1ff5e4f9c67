#pragma once

#include "PageSetup.h"

#include "board/BoardHighlight.h"

#include <QDate>
#include <QString>
#include <QStringList>

namespace Kingside {

class Workspace;

// An account's review pack as one PDF: a cover, the board, the answers to the key
// questions with their evidence, the coverage table (department × level: people and
// people our team reaches), the plan (objectives with traffic lights, actions with
// owner, due date and status, overdue marked), the last review's comments and the
// comparison with the previous review. Text is paginated by QTextDocument; every page
// has a header and a "Confidential · page n of m" footer.
class ReviewPack
{
public:
    // A list longer than this shows its first (worst) items and a count of the rest.
    static constexpr int MaxListed = 10;

    ReviewPack(const Workspace &workspace, qint64 accountId, const QDate &today);

    // Drawn in memory, then written by SaveFile: complete or the previous file untouched,
    // mode 0600; an output OutputGuard refuses (the workspace …) is refused first. `setup` gives
    // the paper (its orientation and tiles are not used: the board page turns to suit the board).
    bool write(const PageSetup &setup, const QString &path, QString *error) const;

    // The text part as HTML (the cover and the board are painted).
    QString sectionsHtml(QString *error) const;
    static QStringList sectionTitles();

    // The marks the key questions refer to, as the map page shows them: the King in
    // check, single-threaded people, hidden influencers, changes since the review.
    BoardHighlights mapMarks(QString *error) const;

private:
    QString questionsHtml(QString *error) const;
    QString coverageHtml(QString *error) const;
    QString planHtml() const;
    QString commentsHtml() const;
    QString comparisonHtml() const;

    const Workspace &m_workspace;
    qint64 m_accountId;
    QDate m_today;
};

} // namespace Kingside

#pragma once

#include "domain/Account.h"
#include "domain/Department.h"
#include "domain/Level.h"
#include "domain/Person.h"
#include "domain/Relationship.h"
#include "domain/Wall.h"

#include <QByteArray>
#include <QDate>
#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace Kingside {

struct ProductInfo
{
    qint64 id = 0;
    QString name;
};

// One person's part in one of our products: user, specifier or buyer.
struct ProductInvolvement
{
    qint64 productId = 0;
    qint64 personId = 0;
    ProductRole role = ProductRole::User;
};

struct ReviewInfo
{
    qint64 id = 0;
    QDate date;
    QString reviewerName;
};

// A stored snapshot row; `data` is the JSON document as written by the planning area.
struct SnapshotInfo
{
    qint64 id = 0;
    qint64 reviewId = 0;
    QString takenAt;
    QString label;
    QByteArray data;
};

struct ActionInfo
{
    qint64 id = 0;
    QString title;
    qint64 ownerId = 0;
    QDate dueDate;
    QString status; // open, in_progress, done, cancelled
    QDate doneDate;
};

// Everything the analysis of one account reads, copied out of the workspace so that it
// can be analysed on another thread (SQL connections stay on the thread that made them).
struct AnalysisInput
{
    Account account;
    QList<Person> people;
    QList<Relationship> relationships;
    QList<Department> departments; // board order
    QList<Level> levels;           // top rank first
    QList<Wall> walls;
    QHash<qint64, QString> competitorNames;
    QList<ProductInfo> products;
    QList<ProductInvolvement> productRoles;
    std::optional<ReviewInfo> lastReview;
    std::optional<SnapshotInfo> snapshot; // taken at the last review, else the latest
    QList<ActionInfo> actions;
    QDate today; // freshness, lateness and "since the last review" count from here
};

} // namespace Kingside

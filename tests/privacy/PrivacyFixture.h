#pragma once

#include "planning/Snapshot.h"
#include "workspace/Sql.h"

#include <QDate>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QtTest>

namespace Kingside::Test {

// An account with one client person whose name, e-mail address and phone number are
// distinctive enough to be searched for in the raw bytes of the workspace file, and
// who is reached from every table that can hold something about a person.
struct PrivacyAccount
{
    static inline const QString Name = QStringLiteral("Zebulon Quixtraw");
    static inline const QString Email = QStringLiteral("zq@example.test");
    static inline const QString Phone = QStringLiteral("+44 7700 900123");

    qint64 account = 0;
    qint64 otherAccount = 0;
    qint64 department = 0;
    qint64 level = 0;
    qint64 competitor = 0;
    qint64 product = 0;
    qint64 manager = 0;   // team: owns the action, agreed to the plan
    qint64 mentor = 0;    // team: wrote the review
    qint64 zebulon = 0;   // client: the person asked about
    qint64 colleague = 0; // client: stays
    qint64 managerToZebulon = 0;
    qint64 zebulonReportsToColleague = 0;
    qint64 managerToColleague = 0;
    qint64 action = 0;
    qint64 review = 0;

    static qint64 insert(const QSqlDatabase &db, const QString &sql, const QVariantList &values)
    {
        QSqlQuery query(db);
        QString error;
        if (!Sql::exec(query, sql, values, &error))
            qWarning() << "fixture:" << error << sql;
        return query.lastInsertId().toLongLong();
    }

    static PrivacyAccount create(const QSqlDatabase &db)
    {
        PrivacyAccount a;
        const QString account = QStringLiteral(
            "INSERT INTO accounts (name, notes, created_at) VALUES (?, ?, '2026-01-10T09:00:00Z')");
        a.account = insert(db, account,
                           {QStringLiteral("Acme"),
                            QStringLiteral("Key contact: Zebulon Quixtraw, call +447700-900123.")});
        // Another account whose people and notes must not be touched.
        a.otherAccount =
            insert(db, account, {QStringLiteral("Bravo"), QStringLiteral("Nothing personal")});
        a.department = insert(db,
                              QStringLiteral("INSERT INTO departments (account_id, name, position) "
                                             "VALUES (?, 'Engineering', 0)"),
                              {a.account});
        a.level = insert(db,
                         QStringLiteral("INSERT INTO levels (account_id, name, rank) VALUES (?, "
                                        "'Director', 2)"),
                         {a.account});
        a.competitor =
            insert(db, QStringLiteral("INSERT INTO competitors (name) VALUES ('Globex')"), {});
        a.product =
            insert(db, QStringLiteral("INSERT INTO products (name) VALUES ('WidgetPro')"), {});
        const QString team = QStringLiteral(
            "INSERT INTO people (account_id, side, name, team_role, created_at, updated_at) "
            "VALUES (?, 'team', ?, ?, 'x', 'x')");
        a.manager = insert(
            db, team,
            {a.account, QStringLiteral("Tobias Teamwright"), QStringLiteral("account_manager")});
        a.mentor = insert(db, team,
                          {a.account, QStringLiteral("Mira Mentorova"), QStringLiteral("mentor")});
        a.zebulon = insert(
            db,
            QStringLiteral("INSERT INTO people (account_id, side, name, title, email, phone, "
                           "department_id, level_id, decision_role, attitude, competitor_id, "
                           "notes, created_at, updated_at) VALUES (?, 'client', ?, ?, ?, ?, ?, ?, "
                           "'decision_maker', 'sceptic', ?, ?, '2026-01-11T10:00:00Z', "
                           "'2026-02-01T10:00:00Z')"),
            {a.account, Name, QStringLiteral("Chief Widget Officer"), Email, Phone, a.department,
             a.level, a.competitor, QStringLiteral("Allergic to peanuts; plays the oboe.")});
        a.colleague = insert(
            db,
            QStringLiteral("INSERT INTO people (account_id, side, name, title, notes, created_at, "
                           "updated_at) VALUES (?, 'client', 'Cora Colleague', ?, ?, 'x', 'x')"),
            {a.account, QStringLiteral("Assistant to Zebulon Quixtraw"),
             QStringLiteral("Ask zq@example.test before calling her.")});
        const QString line = QStringLiteral(
            "INSERT INTO relationships (account_id, from_id, to_id, kind, strength, notes, "
            "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, 'x', 'x')");
        a.managerToZebulon = insert(db, line,
                                    {a.account, a.manager, a.zebulon, "working", 4,
                                     QStringLiteral("Golf on Fridays with Zebulon Quixtraw")});
        a.zebulonReportsToColleague =
            insert(db, line, {a.account, a.zebulon, a.colleague, "reporting", 3, QString("")});
        a.managerToColleague =
            insert(db, line, {a.account, a.manager, a.colleague, "working", 2, QString("")});
        insert(db,
               QStringLiteral("INSERT INTO product_roles (product_id, person_id, role) VALUES "
                              "(?, ?, 'user'), (?, ?, 'specifier')"),
               {a.product, a.zebulon, a.product, a.colleague});
        insert(db,
               QStringLiteral("INSERT INTO plans (account_id, version, strategy, updated_at) "
                              "VALUES (?, 1, ?, 'x')"),
               {a.account, QStringLiteral("Win over Zebulon Quixtraw (zq@example.test).")});
        a.review = insert(db,
                          QStringLiteral("INSERT INTO reviews (account_id, review_date, "
                                         "reviewer_id, reviewer_name, kind, summary, created_at) "
                                         "VALUES (?, '2026-03-01', ?, 'Mira Mentorova', 'plan', "
                                         "'Sound plan.', 'x')"),
                          {a.account, a.mentor});
        a.action = insert(db,
                          QStringLiteral("INSERT INTO actions (account_id, title, owner_id, "
                                         "person_id, status, created_at) VALUES (?, ?, ?, ?, "
                                         "'open', 'x')"),
                          {a.account, QStringLiteral("Send the roadmap to Zebulon Quixtraw"),
                           a.manager, a.zebulon});
        insert(db,
               QStringLiteral("INSERT INTO plan_agreements (account_id, person_id, plan_version, "
                              "agreed_at) VALUES (?, ?, 1, '2026-03-01T10:00:00Z')"),
               {a.account, a.manager});
        const QString comment = QStringLiteral(
            "INSERT INTO comments (account_id, review_id, target_kind, target_id, target_label, "
            "author, body, created_at) VALUES (?, ?, ?, ?, ?, 'Mira Mentorova', ?, 'x')");
        insert(db, comment,
               {a.account, a.review, "person", a.zebulon, Name,
                QStringLiteral("He decides; phone him on +44 7700 900123.")});
        insert(db, comment,
               {a.account, a.review, "relationship", a.managerToZebulon,
                QStringLiteral("Tobias Teamwright – Zebulon Quixtraw"),
                QStringLiteral("Make this line stronger.")});
        insert(db, comment,
               {a.account, a.review, "plan", a.account, QStringLiteral("Plan"),
                QStringLiteral("Good; but do not rely on Zebulon Quixtraw alone.")});
        // Two snapshots that hold him, one at the review.
        QString error;
        for (const qint64 reviewId : {qint64(0), a.review}) {
            const QJsonObject snapshot = Snapshot::capture(db, a.account, {2026, 3, 1});
            if (Snapshot::store(db, snapshot, reviewId, QStringLiteral("frozen"), &error) <= 0)
                qWarning() << "fixture snapshot:" << error;
        }
        return a;
    }
};

// The bytes of a workspace file and of its write-ahead log (when there is one).
inline QByteArray rawBytes(const QString &path)
{
    QByteArray bytes;
    for (const QString &file : {path, path + QStringLiteral("-wal")}) {
        QFile in(file);
        if (in.open(QIODevice::ReadOnly))
            bytes += in.readAll();
    }
    return bytes;
}

} // namespace Kingside::Test

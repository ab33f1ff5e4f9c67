#pragma once

#include "workspace/Sql.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QtTest>

// Reading and changing a closed workspace behind Kingside's back, on a plain connection,
// as a crafted or tampered file would be made (README "A workspace file is checked
// before it is trusted").
namespace Kingside::Test {

inline void plant(const QString &path, const QStringList &statements)
{
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("plant"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        for (const QString &statement : statements) {
            QSqlQuery query(db);
            QVERIFY2(query.exec(statement),
                     qPrintable(statement + QStringLiteral(": ") + query.lastError().text()));
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("plant"));
}

// The first value of `query` as a number; -1 when the file cannot be read.
inline int countOf(const QString &path, const QString &query)
{
    int count = -1;
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("count"));
        db.setDatabaseName(path);
        if (db.open())
            count = Sql::scalar(db, query).value_or(-1).toInt();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("count"));
    return count;
}

} // namespace Kingside::Test

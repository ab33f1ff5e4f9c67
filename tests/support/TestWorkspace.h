#pragma once

#include "workspace/Workspace.h"

#include <QDate>
#include <QTemporaryDir>

#include <memory>

namespace Kingside::Test {

// The date tests treat as "today", so that freshness and due dates never drift.
inline QDate fixedToday()
{
    return QDate(2026, 6, 15);
}

// A workspace in a temporary folder, removed with the object.
class TestWorkspace
{
public:
    enum class Content
    {
        Empty,
        Demo
    };
    explicit TestWorkspace(Content content = Content::Empty);

    Workspace &workspace() { return *m_workspace; }
    Workspace *operator->() { return m_workspace.get(); }
    QString path() const { return m_path; }
    QString folder() const { return m_dir.path(); }
    bool isValid() const { return m_valid; }
    QString error() const { return m_error; }
    // The id of an account by name (0 when missing).
    qint64 accountId(const QString &name) const;

private:
    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<Workspace> m_workspace;
    bool m_valid = false;
    QString m_error;
};

} // namespace Kingside::Test

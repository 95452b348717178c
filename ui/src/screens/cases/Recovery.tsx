// 復旧確認 (004 第71条1): the checklist confirming the security functions work again. Verified when
// every item is done or waived with a reason and at least one is done (as `recovery_verified`).
//
// data-testid:
//   case-recovery                 the section
//   recovery-indicator            復旧確認済み / 未完了 (data-verified)
//   recovery-item-<id>            one item (the task row: task-done-<id>, task-waive-<id>, task-note-<id> …)
//   recovery-add                  opens recovery-form: recovery-title, recovery-mandatory, recovery-save, recovery-cancel
//   recovery-empty                no item yet

import { useId, useState } from "react";
import type { TaskInput } from "../../bindings/TaskInput";
import { Button } from "../../components/Button";
import { useT } from "../../l10n/useT";
import { Block, type SectionProps } from "./shared";
import { emptyTask, TaskForm, TaskRow, toLocalInput } from "./Tasks";

export function Recovery(props: SectionProps) {
  const { detail, editable } = props;
  const t = useT();
  const titleId = useId();
  const [editing, setEditing] = useState<TaskInput | null>(null);
  const items = detail.tasks.filter((x) => x.list === "recovery");
  const open = items.filter((x) => x.status === "open").length;
  const done = items.filter((x) => x.status === "done").length;
  const verified = items.length > 0 && open === 0 && done > 0;

  return (
    <div data-testid="case-recovery" className="space-y-8">
      <Block
        title={t("ui-case-recovery-title")}
        titleId={titleId}
        actions={
          editable &&
          editing === null && (
            <Button data-testid="recovery-add" onClick={() => setEditing(emptyTask(detail.summary.id, "recovery"))}>
              {t("ui-case-recovery-add")}
            </Button>
          )
        }
      >
        <p className="text-std-16N-170 text-solid-gray-800">{t("ui-case-recovery-intro")}</p>
        <div
          data-testid="recovery-indicator"
          data-verified={verified}
          role="status"
          className={
            "rounded-8 border-2 px-6 py-4 " + (verified ? "border-green-900 bg-green-50 text-green-1100" : "border-yellow-700 bg-yellow-50 text-yellow-1200")
          }
        >
          <p className="text-std-20B-150">{verified ? t("ui-case-recovery-verified") : t("ui-case-recovery-not-verified")}</p>
          <p className="mt-1 text-std-16N-170 text-solid-gray-900">
            {t("ui-case-recovery-counts", { total: items.length, open, done, waived: items.length - open - done })}
          </p>
          {!verified && items.length > 0 && open === 0 && (
            <p className="mt-1 text-std-16N-170 text-solid-gray-900">{t("ui-case-recovery-needs-done")}</p>
          )}
        </div>
      </Block>

      {editing && <TaskForm {...props} input={editing} onClose={() => setEditing(null)} />}

      {items.length === 0 ? (
        <p data-testid="recovery-empty" className="rounded-8 border border-dashed border-solid-gray-420 px-6 py-8 text-center text-std-16N-170 text-solid-gray-700">
          {t("ui-case-recovery-empty")}
        </p>
      ) : (
        <ul className="space-y-3">
          {items.map((item) => (
            <TaskRow
              key={item.id}
              {...props}
              task={item}
              testId={`recovery-item-${item.id}`}
              onEdit={() =>
                setEditing({
                  caseId: detail.summary.id,
                  taskId: item.id,
                  list: "recovery",
                  kind: item.kind,
                  title: item.title,
                  mandatory: item.mandatory,
                  assigneePersonId: item.assigneePersonId,
                  dueAt: toLocalInput(item.dueAt),
                })
              }
            />
          ))}
        </ul>
      )}
    </div>
  );
}

/** Whether the statement is quoted verbatim or reported in the writer's words. */
export const DirectBadge = ({ direct }: { direct: boolean }) =>
  direct ? (
    <span className="badge badge--direct" title="Direct quotation: the speaker's own words">
      Direct
    </span>
  ) : (
    <span className="badge badge--reported" title="Reported speech: the writer's paraphrase">
      Reported
    </span>
  );

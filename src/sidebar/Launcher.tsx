export interface LauncherProps {
  label: string;
  onOpen(): void;
}

/** The small button that reopens a closed sidebar. */
export function Launcher({ label, onOpen }: LauncherProps) {
  return (
    <button type="button" class="il-launcher" aria-label={label} title={label} data-testid="launcher" onClick={onOpen}>
      IL
    </button>
  );
}

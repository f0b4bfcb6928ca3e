// How long a toast stays, in seconds: one constant for the toast and for H5's plain bubble
// (nut-toast.h5.tsx), kept out of index.tsx so that the bubble's module does not import the toast's.
export const TOAST_SECONDS = 2;

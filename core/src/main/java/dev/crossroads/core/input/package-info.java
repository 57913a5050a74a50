/** Reading input strictly and within limits: text files, byte caps, and the limits' names and defaults. */
package dev.crossroads.core.input;
